package se.styrbord.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How often a modernisation markup pays for a full renewal: 1 / markup years, so 2 % renews
 * everything every 50 years (report 3.3 <i>Investeringsmedel</i>, footnote 26), shown next to the
 * economic lifetime of the assets it should renew.
 */
public record MarkupRenewal(BigDecimal markup) {

    /** Years between full renewals, one decimal; missing for a zero or negative markup, which never renews. */
    public Optional<BigDecimal> renewalYears() {
        return markup.signum() <= 0
                ? Optional.empty()
                : Optional.of(BigDecimal.ONE.divide(markup, 1, RoundingMode.HALF_UP));
    }

    public List<Lifetime> against(List<AssetLifetime> assets) {
        return assets.stream().map(asset -> new Lifetime(asset, renewalYears())).toList();
    }

    /** An asset class beside the renewal period the markup pays for. */
    public record Lifetime(AssetLifetime asset, Optional<BigDecimal> renewalYears) {

        /** The markup that would renew this asset class within its lifetime: 1 / lifetime, four decimals. */
        public BigDecimal markupNeeded() {
            return BigDecimal.ONE.divide(BigDecimal.valueOf(asset.years()), 4, RoundingMode.HALF_UP);
        }

        /** True when the markup renews more slowly than the assets wear out. */
        public boolean renewsTooSlowly() {
            return renewalYears
                    .map(years -> years.compareTo(BigDecimal.valueOf(asset.years())) > 0)
                    .orElse(true);
        }
    }
}
