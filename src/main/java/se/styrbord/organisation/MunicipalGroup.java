package se.styrbord.organisation;

import se.styrbord.shared.MunicipalityCode;

/** A municipality and the companies it owns (kommunkoncern), named by the municipality's code. */
public record MunicipalGroup(MunicipalityCode code, String name) {}
