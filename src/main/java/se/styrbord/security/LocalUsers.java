package se.styrbord.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.styrbord.audit.AuditAction;
import se.styrbord.audit.AuditLog;

/** The local users of an installation: created, given a role, disabled, and signed in with a hashed password. */
@Service
public class LocalUsers implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final String SUBJECT = "user";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    LocalUsers(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LocalUser user = find(username)
                .filter(u -> u.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .roles(user.role().name())
                .disabled(!user.enabled())
                .build();
    }

    public Optional<LocalUser> find(String username) {
        return jdbc.sql("select * from app_user where username = ?")
                .param(username)
                .query(LocalUser.class)
                .optional();
    }

    public List<LocalUser> all() {
        return jdbc.sql("select * from app_user order by username")
                .query(LocalUser.class)
                .list();
    }

    public boolean none() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
    }

    @Transactional
    public LocalUser create(String username, String displayName, String password, Role role) {
        requireValidUsername(username);
        requireStrong(password);
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("user.exists");
        }
        LocalUser user = new LocalUser(
                username, displayName.isBlank() ? username : displayName, encoder.encode(password), role, true, now());
        jdbc.sql("insert into app_user (username, display_name, password_hash, role, enabled, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(user.username(), user.displayName(), user.passwordHash(), role.name(), true, user.createdAt())
                .update();
        audit.record(null, AuditAction.CREATE, SUBJECT, username, null, user.audited());
        return user;
    }

    @Transactional
    public void changeRole(String username, Role role) {
        LocalUser before = get(username);
        save(before.withRole(role), before, AuditAction.UPDATE);
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        LocalUser before = get(username);
        save(before.withEnabled(enabled), before, enabled ? AuditAction.UPDATE : AuditAction.DEACTIVATE);
    }

    @Transactional
    public void setPassword(String username, String password) {
        requireStrong(password);
        LocalUser before = get(username);
        save(before.withPasswordHash(encoder.encode(password)), before, AuditAction.UPDATE);
    }

    /** A random password of 20 characters from an alphabet without look-alike characters. */
    public static String generatePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private LocalUser get(String username) {
        return find(username).orElseThrow(() -> new IllegalArgumentException("user.unknown"));
    }

    private void save(LocalUser after, LocalUser before, AuditAction action) {
        jdbc.sql("update app_user set role = ?, enabled = ?, password_hash = ? where username = ?")
                .params(after.role().name(), after.enabled(), after.passwordHash(), after.username())
                .update();
        audit.record(null, action, SUBJECT, after.username(), before.audited(), after.audited());
    }

    private static void requireValidUsername(String username) {
        if (!username.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("user.username.invalid");
        }
    }

    private static void requireStrong(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("user.password.short");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
