-- The tables the PostgreSQL tests read (loaded by server_start_postgres, from the repository root).

CREATE TABLE iris (
  sepal_length double precision, sepal_width double precision, petal_length double precision,
  petal_width double precision, species text);
\copy iris FROM 'sampledata/iris.csv' WITH (FORMAT csv, HEADER true)

-- Penguins (missing values written NA) and Seattle's weather (dates), for the same answers as their CSV files.
CREATE TABLE penguins (
  species text, island text, bill_length_mm double precision, bill_depth_mm double precision,
  flipper_length_mm bigint, body_mass_g bigint, sex text, year bigint);
\copy penguins FROM 'sampledata/penguins.csv' WITH (FORMAT csv, HEADER true, NULL 'NA')
CREATE TABLE weather (
  date date, precipitation double precision, temp_max double precision, temp_min double precision,
  wind double precision, weather text);
\copy weather FROM 'sampledata/seattle-weather.csv' WITH (FORMAT csv, HEADER true)

CREATE EXTENSION citext;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE every_type (
  id int4, small int2, big int8, real4 float4, real8 float8, exact numeric, flag bool, words text,
  short varchar(10), padded char(5), label name, folded citext, day date, wall timestamp,
  instant timestamptz, span interval, ident uuid, doc json, docb jsonb, numbers int4[], tags text[],
  feeling mood, raw bytea);
INSERT INTO every_type VALUES
  (1, -32768, 9223372036854775807, 1.5, 0.1, 12345.678, true, 'héllo, "world"', 'short', 'ab',
   'a_name', 'MiXeD', '2024-02-29', '2024-02-29 13:45:56.123456', '2024-02-29 13:45:56.5+02',
   '1 year 2 mons 3 days 04:05:06.7', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a": [1, 2]}',
   '{"b": {"c": null}}', '{1,2,NULL}', '{"x y","",NULL}', 'happy', '\x89504e470d0a1a0a0001'),
  (2, 32767, -9223372036854775808, -3.25, -1e300, -0.000001, false, '', 'x', 'abcde', 'n',
   'x', '1969-07-20', '1900-01-01 00:00:00', '1970-01-01 00:00:00+00', '-00:00:01.5',
   '00000000-0000-0000-0000-000000000000', '[]', '[]', '{}', '{a}', 'sad', '\x'),
  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- Types whose binary format Assay does not take as text: each must read as psql shows it.
CREATE TABLE shown_as_psql (
  id int4, address inet, network cidr, hardware macaddr, hardware8 macaddr8, price money, flags bit(4),
  varying varbit, spot point, span int4range, words tsvector, query tsquery, area box, doc xml,
  addresses inet[], spans int4range[]);
INSERT INTO shown_as_psql VALUES
  (1, '10.0.0.1/8', '10.0.0.0/8', '08:00:2b:01:02:03', '08:00:2b:01:02:03:04:05', 12.34, B'1011', B'101',
   '(1,2)', '[1,5)', 'a fat cat', 'fat & cat', '((0,0),(1,1))', '<a>x</a>', '{10.0.0.1/32,::ffff:1.2.3.4}',
   '{"[1,5)",empty}'),
  (2, '192.168.0.1', '2001:db8::/32', 'ff:ff:ff:ff:ff:ff', '00:00:00:00:00:00:00:01', -1234567.5, B'0000', B'',
   '(-0.5,1e-05)', 'empty', '', '!cat', '((1.5,2),(-1,0))', '', '{}', '{}'),
  (3, '::1', '::/0', NULL, NULL, 0, NULL, B'111111111', '(1e+20,123456789012345)', '(,3]', NULL, NULL, NULL,
   NULL, '{2001:db8:0:0:1:0:0:1/64,::2,1::}', NULL),
  (4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

CREATE TABLE nothing (id int4, name text);

CREATE TABLE big AS
  SELECT g AS id, (g % 1000) * 0.25::float8 + g / 1e7::float8 AS amount, 'category ' || (g % 20) AS category,
    timestamp '2024-01-01' + g * interval '1 second' AS seen
  FROM generate_series(1, 1000000) AS g;

-- A thousand small tables, for the catalog's speed.
CREATE SCHEMA many;
DO $$
BEGIN
  FOR n IN 1..1000 LOOP
    EXECUTE format('CREATE TABLE many.t%s (id int4, note text)', n);
  END LOOP;
END
$$;

ANALYZE iris, penguins, weather, every_type, shown_as_psql, nothing, big;
