with transaction.atomic():
    book.save()
    raise Rollback()
