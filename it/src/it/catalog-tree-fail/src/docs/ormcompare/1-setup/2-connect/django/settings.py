DATABASES = {"default": {}}
