-- Generated from subgraphs/registry.json by the compose step: one database per subgraph, so no
-- table holds another subgraph's rows.
CREATE DATABASE membership;
CREATE DATABASE procurement;
CREATE DATABASE training;
CREATE DATABASE inclusion;
CREATE DATABASE finance;
