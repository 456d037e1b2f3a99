package market.atelier.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import market.atelier.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * What a view- or session-scoped bean keeps lives in the HTTP session, and with several servers the session is copied
 * to another server after each request (README, Scaling out): everything such a bean holds must survive Java
 * serialization and come back usable. Injected services are proxies that serialize as a reference, so they must not
 * be {@code transient} (they would come back null on the other server); data read from the database (entities) is
 * not serializable and is kept {@code transient} and read again when missing, or kept as ids and values.
 */
class ReplicatedStateTest {

    private static final Set<String> SCOPES = Set.of("jakarta.faces.view.ViewScoped",
            "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped",
            "org.omnifaces.cdi.ViewScoped");

    @Test
    void everyViewAndSessionScopedBeanKeepsOnlySerializableStateAndNoTransientServices() {
        List<Class<?>> beans = applicationClasses().stream().filter(ReplicatedStateTest::replicated).toList();
        assertTrue(beans.size() >= 20, "found the view-scoped beans: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    check(bean.getSimpleName() + "." + field.getName(), field, problems);
                }
            }
        }
        assertEquals(List.of(), problems, "state that would not survive a move to another server");
    }

    private static void check(String path, Field field, List<String> problems) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
            return;
        }
        boolean injected = field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class);
        if (injected) {
            if (Modifier.isTransient(modifiers)) {
                problems.add(path + " is an injected transient field: null after the session moves");
            }
            String type = field.getType().getName();
            if (type.startsWith("jakarta.faces.") || type.startsWith("jakarta.servlet.")) {
                // Mojarra's producers of these are not proxyable: the bean cannot be read back on another server
                problems.add(path + " injects " + type + ": read it per request (Faces.getExternalContext())");
            }
            return; // a proxy or an EJB reference, both serializable; plain values (@Param) are checked below
        }
        if (!Modifier.isTransient(modifiers)) {
            checkType(path, field.getGenericType(), new HashSet<>(), problems);
        }
    }

    private static void checkType(String path, Type type, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            checkType(path, parameterized.getRawType(), seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(path + "<>", argument, seen, problems);
            }
            return;
        }
        if (type instanceof GenericArrayType array) {
            checkType(path + "[]", array.getGenericComponentType(), seen, problems);
            return;
        }
        if (!(type instanceof Class<?> raw)) {
            return; // type variables and wildcards: their bounds are checked where they are bound
        }
        if (raw.isPrimitive() || raw.isEnum()) {
            return;
        }
        if (raw.isArray()) {
            checkType(path + "[]", raw.getComponentType(), seen, problems);
            return;
        }
        if (raw.isInterface() && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))) {
            return; // List.of, HashMap, toList(): the collections used here are serializable; elements are checked
        }
        if (!Serializable.class.isAssignableFrom(raw)) {
            problems.add(path + " holds " + raw.getName() + ", which is not Serializable");
            return;
        }
        if (raw.getName().startsWith("market.atelier.")) {
            for (Class<?> owner = raw; owner != null && owner != Object.class; owner = owner.getSuperclass()) {
                for (Field field : owner.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                        checkType(path + "." + field.getName(), field.getGenericType(), seen, problems);
                    }
                }
            }
        }
    }

    private static boolean replicated(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (SCOPES.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    /** Every class of the application (target/classes), loaded without initialising it. */
    private static List<Class<?>> applicationClasses() {
        Path root;
        try {
            root = Path.of(Money.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                try {
                    classes.add(Class.forName(name, false, ReplicatedStateTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
