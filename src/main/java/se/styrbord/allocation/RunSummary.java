package se.styrbord.allocation;

import java.time.OffsetDateTime;
import se.styrbord.shared.Money;

/** A stored run in a list: what it allocated, for which year, by which model, when and by whom. */
public record RunSummary(
        long id, int year, RunModel model, Money pool, Money remainder, OffsetDateTime createdAt, String createdBy) {}
