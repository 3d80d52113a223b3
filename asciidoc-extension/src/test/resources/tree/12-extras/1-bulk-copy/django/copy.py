Book.objects.bulk_create(books, batch_size=500)
