await prisma.book.create({ data: { title: "Dune" } });
