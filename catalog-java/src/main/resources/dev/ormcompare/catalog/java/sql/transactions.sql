-- Transactions in plain SQL.

-- tag::basic[]
BEGIN;
INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com');
INSERT INTO posts (author_id, title) VALUES (1, 'Hello SQL');
COMMIT;
-- end::basic[]

-- tag::rollback[]
BEGIN;
INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com');
ROLLBACK;   -- nothing of the transaction is kept
-- end::rollback[]

-- tag::savepoint[]
BEGIN;
INSERT INTO authors (name, email) VALUES ('Ada Lovelace', 'ada@example.com');
SAVEPOINT before_second;
INSERT INTO authors (name, email) VALUES ('Grace Hopper', 'grace@example.com');
ROLLBACK TO SAVEPOINT before_second;   -- undoes Grace only
COMMIT;
-- end::savepoint[]
