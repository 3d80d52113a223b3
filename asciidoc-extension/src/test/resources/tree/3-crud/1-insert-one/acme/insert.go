db.Insert(&Book{Title: "Dune", Pages: 412})
