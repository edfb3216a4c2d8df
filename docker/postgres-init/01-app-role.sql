-- Run once by the postgres image when it initialises an empty data directory, as POSTGRES_USER
-- (perch_owner) in POSTGRES_DB (perch). Local/development use only: the password is public.
--
-- Creates the application role WITH a login. Perch's first migration (CreateAppRole) creates
-- perch_app as NOLOGIN only if it is missing, so it leaves this one alone and then grants it
-- DML on the owner's tables through default privileges. The app refuses to boot if this role is
-- a superuser, has BYPASSRLS or owns a table, hence the explicit attributes.
CREATE ROLE perch_app
  LOGIN PASSWORD 'perch_app_dev_password'
  NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
