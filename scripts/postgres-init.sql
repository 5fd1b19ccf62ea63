-- One database per subgraph (DESIGN.md: no table holds another subgraph's rows).
CREATE DATABASE membership;
CREATE DATABASE procurement;
