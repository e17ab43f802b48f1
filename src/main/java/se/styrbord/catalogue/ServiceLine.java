package se.styrbord.catalogue;

/** One row of a catalogue file: a service and its price for one year, with the file's row number. */
public record ServiceLine(int row, ItService service, ServicePrice price) {}
