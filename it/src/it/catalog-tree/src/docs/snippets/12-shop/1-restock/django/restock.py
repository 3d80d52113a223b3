Book.objects.filter(stock=0).update(stock=F("stock") + 10)
