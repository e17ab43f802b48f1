package se.styrbord.allocation;

import se.styrbord.shared.Money;

/**
 * A service of the price list a run used: its self-cost and price per unit of measure and year,
 * and whether its demand was stable in the year (it then stays in buy/sell under the hybrid).
 */
public record RunService(String code, String name, String unitOfMeasure, Money selfCost, Money price, boolean stable) {

    PricedService priced() {
        return new PricedService(code, name, unitOfMeasure, price);
    }
}
