package market.atelier.browser;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves a screenshot under target/screenshots when a browser test fails: the page as the test last saw it. */
public class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getTestInstance().ifPresent(test -> {
            Browser browser = browserOf(test);
            if (browser != null) {
                try {
                    browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
                } catch (RuntimeException e) {
                    cause.addSuppressed(e);
                }
            }
        });
    }

    private static Browser browserOf(Object test) {
        for (Class<?> type = test.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Browser.class) {
                    try {
                        field.setAccessible(true);
                        return (Browser) field.get(java.lang.reflect.Modifier.isStatic(field.getModifiers()) ? null : test);
                    } catch (IllegalAccessException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
