session.add(Book(title="Dune", pages=412))
session.commit()
