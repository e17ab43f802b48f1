package se.styrbord.catalogue;

/** One row of a consumption file, with the file's row number. */
public record UseLine(int row, MonthlyUse use) {}
