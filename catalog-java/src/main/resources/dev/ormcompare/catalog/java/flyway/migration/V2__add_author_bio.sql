-- Written by hand; Flyway applies each V<n>__*.sql once, in version order.
ALTER TABLE authors ADD COLUMN bio VARCHAR(1000);
