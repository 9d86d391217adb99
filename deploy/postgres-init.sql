-- One database and one user per service, on the compose file's PostgreSQL (first start only).
-- Passwords here are the compose defaults; override them in production through the environment
-- of both PostgreSQL and the services.
CREATE USER budget WITH PASSWORD 'budget';
CREATE DATABASE budget OWNER budget;
CREATE USER assignments WITH PASSWORD 'assignments';
CREATE DATABASE assignments OWNER assignments;
CREATE USER indicators WITH PASSWORD 'indicators';
CREATE DATABASE indicators OWNER indicators;
