package se.styrbord.ledger.sie;

/**
 * One entry of an object list: a dimension number and an object id, both kept as written (object
 * ids are strings: {@code "0123"}, {@code Nord}).
 */
public record ObjectRef(String dimension, String object) {}
