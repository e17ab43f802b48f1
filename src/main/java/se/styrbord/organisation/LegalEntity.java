package se.styrbord.organisation;

import se.styrbord.shared.OrgNumber;

/** The municipality itself or one of its companies: each keeps its own books. */
public record LegalEntity(OrgNumber orgNumber, String name, EntityKind kind) {}
