package nl.labtafel.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import javafx.scene.Scene;

/**
 * The CSS and layout passes of one pulse, as the frame benches run them between a step and its snapshot.
 *
 * <p>A pulse styles only the nodes a change marked (Scene's private {@code doCSSPass}, then {@code doLayoutPass}).
 * {@code root.applyCss()}, which the benches called before, forces a CSS update of every node in the scene, which
 * no pulse does: on the themes phase's 2,400 nodes that alone was most of a move's FX time. {@code --full-css}
 * keeps the old way, to compare in the same run.
 */
final class FramePasses {
    private static final Method CSS = method("doCSSPass");
    private static final Method LAYOUT = method("doLayoutPass");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long[] renderThreads;

    private FramePasses() {
    }

    /** What a pulse does before it renders; or, with {@code fullCss}, the old forced restyle of the whole scene. */
    static void run(Scene scene, boolean fullCss) {
        if (fullCss) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return;
        }
        try {
            CSS.invoke(scene);
            LAYOUT.invoke(scene);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's Scene passes changed: " + e, e);
        }
    }

    /** CPU time (ns) of the render thread so far: the snapshot is drawn there while the FX thread waits. */
    static long renderCpu() {
        if (renderThreads == null) {
            renderThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).toArray();
        }
        long sum = 0;
        for (long id : renderThreads) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    private static Method method(String name) {
        try {
            Method m = Scene.class.getDeclaredMethod(name);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("JavaFX's Scene has no " + name + "; the frame benches need it", e);
        }
    }
}
