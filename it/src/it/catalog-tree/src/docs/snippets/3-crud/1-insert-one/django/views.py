Book.objects.create(title="Dune", pages=412)
