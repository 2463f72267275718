package dev.asl4j.validator.internal;

/** One family of static checks. Rules never throw on odd input and never stop at the first find. */
interface Rule {
  void check(Definition definition, Sink sink);
}
