@ManyToOne Owner owner;
