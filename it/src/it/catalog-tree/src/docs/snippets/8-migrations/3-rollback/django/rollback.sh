$ python manage.py migrate shop 0003
