with transaction.atomic():
    book.save()
    raise ValueError("undo")  # rolls the save back
