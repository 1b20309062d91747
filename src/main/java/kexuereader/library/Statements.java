package kexuereader.library;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A connection that prepares each SQL text once: sqlite-jdbc keeps no statement cache, and an import prepares
 * the same few dozen statements for every file and month-day (a tenth of the importing thread's time). The
 * {@link #connection()} it hands out returns, for {@code prepareStatement(sql)}, the statement prepared for
 * that text before; closing it only clears its parameters and batch, so code written as
 * {@code try (PreparedStatement ps = c.prepareStatement(…))} works unchanged. {@link #close()} closes them all;
 * an {@link Importer} holds one for its transaction.
 */
final class Statements implements AutoCloseable {

    private final Connection real;
    /** The statements handed out, by SQL text, and the real ones behind them. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final java.util.List<PreparedStatement> reals = new java.util.ArrayList<>();
    private final Connection caching;

    Statements(Connection real) {
        this.real = real;
        this.caching = (Connection) Proxy.newProxyInstance(Statements.class.getClassLoader(),
                new Class<?>[] {Connection.class}, this::onConnection);
    }

    /** The connection to write through: everything but {@code prepareStatement(String)} goes to the real one. */
    Connection connection() {
        return caching;
    }

    private Object onConnection(Object proxy, Method m, Object[] args) throws Throwable {
        if (m.getName().equals("prepareStatement") && args != null && args.length == 1 && args[0] instanceof String sql) {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                PreparedStatement r = real.prepareStatement(sql);
                reals.add(r);
                ps = cached(r);
                prepared.put(sql, ps);
            }
            return ps;
        }
        return call(real, m, args);
    }

    /** The statement as handed out: closing it leaves it prepared for the next use. */
    private static PreparedStatement cached(PreparedStatement ps) {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().equals("close") && m.getParameterCount() == 0) {
                ps.clearBatch();
                ps.clearParameters();
                return null;
            }
            return call(ps, m, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(Statements.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, h);
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Closes every statement prepared here (the connection stays open). */
    @Override
    public void close() {
        for (PreparedStatement ps : reals) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // the connection is unusable: its next use reports it
            }
        }
        reals.clear();
        prepared.clear();
    }
}
