package se.styrbord.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.styrbord.ledger.sie.SyntheticSie;
import se.styrbord.organisation.Organisation;
import se.styrbord.shared.MunicipalityCode;
import se.styrbord.test.IntegrationTest;

/** Uploads run in the background one at a time: a second file waits while the first is read. */
@IntegrationTest
class LedgerJobsIT {

    static final MunicipalityCode GROUP = MunicipalityCode.of("0306");

    @Autowired
    LedgerJobs jobs;

    @Autowired
    Organisation organisation;

    @Test
    void twoUploadsAreImportedOneAfterTheOther() throws Exception {
        if (organisation.findGroup(GROUP).isEmpty()) {
            organisation.createGroup(GROUP, "Köande koncernen");
        }
        List<Long> ids = jobs.submit(GROUP, List.of(upload("första.se", 1), upload("andra.se", 2)), null);

        boolean overlapped = false;
        boolean waitedForTheOther = false;
        long deadline = System.nanoTime() + 120_000_000_000L;
        List<LedgerJobs.Job> now = jobs.jobs(GROUP, ids);
        while (!now.stream().allMatch(LedgerJobs.Job::finished) && System.nanoTime() < deadline) {
            long reading = now.stream().filter(j -> j.state().equals("READING")).count();
            overlapped |= reading > 1;
            waitedForTheOther |=
                    reading == 1 && now.stream().anyMatch(j -> j.state().equals("WAITING"));
            Thread.sleep(5);
            now = jobs.jobs(GROUP, ids);
        }
        assertThat(now).extracting(LedgerJobs.Job::state).containsExactly("DONE", "DONE");
        assertThat(overlapped).as("two files read at the same time").isFalse();
        assertThat(waitedForTheOther)
                .as("one file seen waiting while the other was read")
                .isTrue();
    }

    /** A synthetic SIE file of 100,000 rows (about 5 MB): long enough to be seen being read. */
    private static LedgerJobs.Upload upload(String name, long seed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SyntheticSie(100_000, seed).write(bytes);
        return new LedgerJobs.Upload(name, new ByteArrayInputStream(bytes.toByteArray()));
    }
}
