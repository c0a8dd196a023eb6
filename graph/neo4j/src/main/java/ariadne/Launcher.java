package ariadne;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;

/**
 * Runs Neo4j Community embedded with a Bolt connector on loopback, so that clients connect to it exactly as
 * they would to a server.
 *
 * Procedure libraries sit on the classpath (see pom.xml). Their kernel extensions load by themselves (Neo4j
 * finds ExtensionFactory services on the classpath): apoc-common's config/pool extensions and GDS's
 * OpenGraphDataScienceExtension, which provides the facade every GDS procedure injects. The procedure classes
 * do not: embedded Neo4j has no plugin directory scan, so we find them in the APOC/GDS jars and register them.
 * Scanning loads every class of ~120 jars, so the list found is cached next to the lib folder, keyed by the jars.
 *
 * Configuration comes from the environment (the Node side sets it):
 *   ARIADNE_DATA_DIR     the DBMS home (databases, transaction logs)
 *   NEO4J_BOLT_PORT      Bolt port on 127.0.0.1
 *   NEO4J_PASSWORD       password of user neo4j (set on every start, so the data dir keeps no surprise)
 *   ARIADNE_NEO4J_LIB    folder with the dependency jars (to find APOC/GDS jars to scan)
 *   ARIADNE_PAGECACHE    page cache size, e.g. 512m
 *
 * Prints one line "ARIADNE_NEO4J_READY {json}" when Bolt accepts connections. Shuts down cleanly on
 * SIGTERM/SIGINT and when its standard input closes (the parent process died), so no java process lingers.
 */
public final class Launcher {
    private static final String READY = "ARIADNE_NEO4J_READY ";

    /** A procedure library: the jars (by file-name prefix in the lib folder) whose classes we register. */
    private record Library(String name, String jarPrefix) {}

    private static final Library APOC = new Library("apoc", "org.neo4j.procedure.apoc-core-");
    private static final Library GDS = new Library("gds", "org.neo4j.gds.");

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable t) {
            // Without this the DBMS's non-daemon threads would keep a half-started JVM alive.
            t.printStackTrace();
            System.exit(1);
        }
        watchStdin();
    }

    private static void run() throws Exception {
        Path home = Path.of(env("ARIADNE_DATA_DIR", "data")).toAbsolutePath();
        int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", null);
        if (password == null || password.length() < 8) {
            fail("NEO4J_PASSWORD must be set (8 characters or more)");
        }
        Path lib = Path.of(env("ARIADNE_NEO4J_LIB", "target/lib")).toAbsolutePath();
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(env("ARIADNE_PAGECACHE", "512m")))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Bolt's event loops otherwise wait a 5 s quiet period twice on shutdown, after the databases
                // have already been closed; nothing is gained by waiting on a loopback-only connector.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                System.err.println("neo4j shutdown: " + t);
            }
        }, "ariadne-neo4j-shutdown"));

        setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);

        long started = System.nanoTime();
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        GlobalProcedures procedures =
                ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(GlobalProcedures.class);
        String apoc = register(procedures, lib, APOC);
        String gds = register(procedures, lib, GDS);
        System.err.printf("ariadne-neo4j: ready %d ms after JVM start (procedure registration %d ms)%n",
                ManagementFactory.getRuntimeMXBean().getUptime(), (System.nanoTime() - started) / 1_000_000);

        String version = org.neo4j.kernel.internal.Version.getNeo4jVersion();
        System.out.println(READY + "{\"port\":" + port + ",\"neo4jVersion\":\"" + version + "\",\"apoc\":"
                + quote(apoc) + ",\"gds\":" + quote(gds) + "}");
        System.out.flush();
    }

    /**
     * Makes NEO4J_PASSWORD the password of user neo4j. A login check comes first: on a restart the password
     * is usually unchanged, and skipping ALTER USER saves the first Cypher statement's warm-up (about 2 s);
     * ALTER USER would also refuse to "change" a password to the one the user already has.
     */
    private static void setPassword(GraphDatabaseService system, String password) throws Exception {
        AuthManager auth = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
        AuthenticationResult result = auth.login(AuthToken.newBasicAuthToken("neo4j", password),
                ClientConnectionInfo.EMBEDDED_CONNECTION).subject().getAuthenticationResult();
        if (result == AuthenticationResult.SUCCESS) {
            return;
        }
        String statement = result == AuthenticationResult.PASSWORD_CHANGE_REQUIRED
                ? "ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED"
                : "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED";
        system.executeTransactionally(statement, Map.of("password", password));
    }

    /** Exit (running the shutdown hook) when the parent closes our stdin, e.g. after it was killed. */
    private static void watchStdin() {
        try {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // the parent writes nothing; reading only detects the pipe closing
            }
        } catch (IOException ignored) {
            // a broken pipe means the same as end of input
        }
        System.exit(0);
    }

    /**
     * Registers the procedure and function classes of a library. Returns its version (from the first jar's
     * name), or null when it has no jar or no class registered.
     */
    private static String register(GlobalProcedures procedures, Path lib, Library library) throws IOException {
        List<Path> jars = jars(lib, library.jarPrefix());
        if (jars.isEmpty()) {
            return null;
        }
        Path cache = lib.resolveSibling("procedure-classes-" + library.name() + ".txt");
        String key = cacheKey(jars);
        List<String> classNames = readCache(cache, key);
        boolean cached = classNames != null;
        if (!cached) {
            classNames = new ArrayList<>();
            for (Path jar : jars) {
                for (String className : classNames(jar)) {
                    if (kinds(className) != 0) {
                        classNames.add(className);
                    }
                }
            }
            writeCache(cache, key, classNames);
        }

        int registered = 0;
        int failed = 0;
        for (String className : classNames) {
            try {
                Class<?> type = Class.forName(className, false, Launcher.class.getClassLoader());
                int kinds = kinds(className);
                if ((kinds & 1) != 0) {
                    procedures.registerProcedure(type);
                }
                if ((kinds & 2) != 0) {
                    procedures.registerFunction(type);
                }
                if ((kinds & 4) != 0) {
                    procedures.registerAggregationFunction(type);
                }
                registered++;
            } catch (Throwable t) {
                failed++;
                System.err.println("could not register " + className + ": " + t.getMessage());
            }
        }
        System.err.printf("registered %d %s classes from %d jars (%s; %d failed)%n",
                registered, library.name(), jars.size(), cached ? "cached list" : "scanned", failed);
        return registered > 0 ? versionOf(jars.get(0)) : null;
    }

    /** Bit set of what a class declares: 1 procedures, 2 functions, 4 aggregation functions; 0 if unloadable. */
    private static int kinds(String className) {
        try {
            Class<?> type = Class.forName(className, false, Launcher.class.getClassLoader());
            int kinds = 0;
            for (Method m : type.getDeclaredMethods()) {
                kinds |= m.isAnnotationPresent(Procedure.class) ? 1 : 0;
                kinds |= m.isAnnotationPresent(UserFunction.class) ? 2 : 0;
                kinds |= m.isAnnotationPresent(UserAggregationFunction.class) ? 4 : 0;
            }
            return kinds;
        } catch (Throwable t) {
            return 0; // e.g. a class needing an optional dependency we do not ship
        }
    }

    private static List<Path> jars(Path lib, String prefix) throws IOException {
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> classNames(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("META-INF")) {
                    names.add(name.substring(0, name.length() - 6).replace('/', '.'));
                }
            }
        }
        return names;
    }

    /** The jars' names and sizes: a new version or a rebuilt jar invalidates the cached class list. */
    private static String cacheKey(List<Path> jars) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path jar : jars) {
            text.append(jar.getFileName()).append(' ').append(Files.size(jar)).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readCache(Path cache, String key) {
        try {
            List<String> lines = Files.readAllLines(cache);
            if (!lines.isEmpty() && lines.get(0).equals("# " + key)) {
                return lines.subList(1, lines.size());
            }
        } catch (IOException ignored) {
            // no cache yet
        }
        return null;
    }

    private static void writeCache(Path cache, String key, List<String> classNames) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + key);
        lines.addAll(classNames);
        try {
            Path temp = Files.createTempFile(cache.getParent(), cache.getFileName().toString(), ".tmp");
            Files.write(temp, lines);
            Files.move(temp, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a read-only install only loses the speed-up
            System.err.println("cannot write " + cache + ": " + e);
        }
    }

    /** "org.neo4j.gds.algo-2.13.9.jar" -> "2.13.9" */
    private static String versionOf(Path jar) {
        String name = jar.getFileName().toString().replaceAll("\\.jar$", "");
        Matcher m = Pattern.compile("-(\\d+\\.\\d+[^-]*)$").matcher(name);
        return m.find() ? m.group(1) : "unknown";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void fail(String message) {
        System.err.println("ariadne-neo4j: " + message);
        System.exit(2);
    }

    private Launcher() {}
}
