package com.eesystem.curator.ui.shell;

import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.ui.page.Page;
import com.eesystem.curator.ui.page.PageContext;
import com.eesystem.curator.ui.page.PageFactory;
import com.eesystem.curator.ui.theme.ThemeSwitch;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The JavaFX application: builds the main window from the dependencies {@code app} hands in. */
public final class CuratorApplication extends Application {

    /**
     * {@link Application#launch} instantiates the class through its no-argument constructor, so the
     * dependencies for that route wait here between {@link #launchWindow} and the constructor.
     */
    private static final AtomicReference<Supplier<ShellDependencies>> LAUNCHING = new AtomicReference<>();

    private static final String SHELL_STYLESHEET = stylesheet("shell.css");

    private final Supplier<ShellDependencies> pending;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CuratorApplication.class);

    private ShellDependencies dependencies;
    private StatusBarViewModel status;
    private ThemeSwitch themes;
    private Stage stage;
    private Scene scene;
    private ProfileChooserViewModel chooser;

    /** Used by {@link Application#launch}; takes the dependencies given to {@link #launchWindow}. */
    public CuratorApplication() {
        this.pending = Objects.requireNonNull(
                LAUNCHING.getAndSet(null), "CuratorApplication: start it with launchWindow(...)");
    }

    /** For embedding and tests (e.g. TestFX's {@code FxToolkit.setupApplication}). */
    public CuratorApplication(ShellDependencies dependencies) {
        Objects.requireNonNull(dependencies, "dependencies");
        this.pending = () -> dependencies;
    }

    /**
     * For tests of the start path: {@code dependencies} is asked in {@link #start}, as with
     * {@link #launchWindow}, and may throw {@link StartRefused}.
     */
    public CuratorApplication(Supplier<ShellDependencies> dependencies) {
        this.pending = Objects.requireNonNull(dependencies, "dependencies");
    }

    /**
     * Opens the window and returns when the user has closed it. {@code dependencies} is asked once, in
     * {@link #start}, after the JavaFX toolkit is up: work begun before the launch (opening the local
     * store) overlaps the toolkit's start, and the window waits for it only if it is not done yet.
     */
    public static void launchWindow(Supplier<ShellDependencies> dependencies, String... args) {
        LAUNCHING.set(Objects.requireNonNull(dependencies, "dependencies"));
        Application.launch(CuratorApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        try {
            dependencies = Objects.requireNonNull(pending.get(), "dependencies");
        } catch (RuntimeException failed) {
            StartRefused refused = refusal(failed);
            if (refused == null) {
                throw failed;
            }
            showRefusal(stage, refused);
            return;
        }
        this.stage = stage;
        themes = new ThemeSwitch(
                dependencies.preferences(),
                dependencies.userId(),
                dependencies.background(),
                dependencies.remembered());
        status = new StatusBarViewModel(dependencies.syncStatus(), dependencies.serverLinks(), dependencies.clock());
        status.start(dependencies.background(), Platform::runLater);

        scene = new Scene(new StackPane(), 1200, 760);
        themes.style(scene);
        scene.getStylesheets().add(SHELL_STYLESHEET);
        stage.setTitle("Curator");
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        stage.setScene(scene);
        ProfileChoice choice = dependencies.profiles();
        if (choice == null) {
            showShell(dependencies.pages(), null);
        } else {
            chooser = new ProfileChooserViewModel(choice.profiles(), choice.known(), dependencies.background());
            choice.startAs(dependencies.remembered()).ifPresentOrElse(this::enterAs, this::chooseProfile);
        }
        reportFirstFrame(scene);
        stage.show();
    }

    /** The app's plain-words refusal, possibly wrapped by the future the dependencies came from. */
    private static StartRefused refusal(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartRefused refused) {
                return refused;
            }
        }
        return null;
    }

    private static void showRefusal(Stage stage, StartRefused refused) {
        Scene scene = new Scene(new StartRefusedView(refused, stage::close), 760, 420);
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setTitle("Curator");
        stage.setScene(scene);
        stage.show();
    }

    /** The workstation as {@code user}: their pages, their name in the title; remembered for the next start. */
    private void enterAs(User user) {
        String id = user.id().toString();
        dependencies.background().execute(() -> {
            try {
                dependencies.preferences().put(dependencies.userId(), ProfileChoice.LAST_PROFILE_KEY, id);
            } catch (RuntimeException e) {
                log.warn("Could not remember the profile {}: {}", user.displayName(), e.toString());
            }
        });
        stage.setTitle("Curator — " + user.displayName() + " (" + ProfileChooserView.roleWords(user) + ")");
        showShell(dependencies.profiles().pagesFor().apply(user), user);
    }

    private void chooseProfile() {
        if (stage.isShowing() && scene.getRoot() instanceof ShellView) {
            // the pages are dropped: the editor saves pending text when its window hides, so it is told so
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_HIDING));
        }
        stage.setTitle("Curator — choose a profile");
        scene.setRoot(new ProfileChooserView(chooser, this::enterAs));
    }

    private void showShell(List<PageFactory> factories, User user) {
        PageContext context = new PageContext(
                dependencies.background(),
                dependencies.preferences(),
                dependencies.userId(),
                dependencies.clock(),
                themes,
                dependencies.dataDirectory());
        List<Page> pages =
                factories.stream().map(factory -> create(factory, context)).toList();
        ShellViewModel shell = new ShellViewModel(
                pages.stream().map(Page::id).toList(),
                dependencies.preferences(),
                dependencies.userId(),
                dependencies.background(),
                dependencies.remembered());
        ShellView.SignedIn signedIn = user == null
                ? null
                : new ShellView.SignedIn(
                        user.displayName() + " · " + ProfileChooserView.roleWords(user), this::chooseProfile);
        scene.setRoot(new ShellView(pages, shell, status, themes, signedIn));
    }

    private static Page create(PageFactory factory, PageContext context) {
        return Objects.requireNonNull(factory.create(context), "a page factory returned null");
    }

    private void reportFirstFrame(Scene scene) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                dependencies.firstFrameShown().accept(Duration.ofMillis(System.currentTimeMillis() - jvmStart));
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    @Override
    public void stop() {
        if (status != null) {
            status.close();
        }
    }

    private static String stylesheet(String name) {
        var url = CuratorApplication.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + name + " is missing from the ui jar");
        }
        return url.toExternalForm();
    }
}
