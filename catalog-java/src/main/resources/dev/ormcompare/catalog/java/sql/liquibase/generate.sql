SELECT SCHEMA();
SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ?;
select CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_NAME from information_schema.table_constraints where constraint_schema='PUBLIC' and constraint_catalog='<database>' and constraint_type='UNIQUE' and table_name='DATABASECHANGELOG';
select CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_NAME from information_schema.table_constraints where constraint_schema='PUBLIC' and constraint_catalog='<database>' and constraint_type='UNIQUE' and table_name='AUTHORS';
select table_constraints.CONSTRAINT_NAME, index_columns.COLUMN_NAME, table_constraints.constraint_schema as CONSTRAINT_CONTAINER from information_schema.table_constraints join information_schema.index_columns on index_columns.index_name=table_constraints.index_name where constraint_type='UNIQUE' and constraint_catalog=? and constraint_schema=? and table_constraints.table_name=? and constraint_name=?;
select CONSTRAINT_NAME, CONSTRAINT_TYPE, TABLE_NAME from information_schema.table_constraints where constraint_schema='PUBLIC' and constraint_catalog='<database>' and constraint_type='UNIQUE' and table_name='DATABASECHANGELOGLOCK';
