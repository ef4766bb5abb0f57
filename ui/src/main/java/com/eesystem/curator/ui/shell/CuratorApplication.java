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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
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
    private static final AtomicReference<WorkspaceOpening> LAUNCHING = new AtomicReference<>();

    private static final String SHELL_STYLESHEET = stylesheet("shell.css");

    /** Null when the dependencies were handed in built: the window then shows the workspace at once. */
    private final WorkspaceOpening opening;

    private final ShellDependencies given;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CuratorApplication.class);

    private ShellDependencies dependencies;
    private StatusBarViewModel status;
    private ThemeSwitch themes;
    private Stage stage;
    private Scene scene;
    private ProfileChooserViewModel chooser;

    /** Used by {@link Application#launch}; takes the workspace given to {@link #launchWindow}. */
    public CuratorApplication() {
        this.opening = Objects.requireNonNull(
                LAUNCHING.getAndSet(null), "CuratorApplication: start it with launchWindow(...)");
        this.given = null;
    }

    /** For embedding and tests (e.g. TestFX's {@code FxToolkit.setupApplication}): the workspace at once. */
    public CuratorApplication(ShellDependencies dependencies) {
        this.given = Objects.requireNonNull(dependencies, "dependencies");
        this.opening = null;
    }

    /**
     * For tests of the start path: the window shows, then asks {@code opening} for the workspace off the FX
     * thread, as with {@link #launchWindow}; it may throw {@link StartRefused}.
     */
    public CuratorApplication(WorkspaceOpening opening) {
        this.opening = Objects.requireNonNull(opening, "opening");
        this.given = null;
    }

    /**
     * Opens the window and returns when the user has closed it. The window shows "Opening your workspace…"
     * first and asks {@code opening} for the workspace once, off the FX thread: work begun before the
     * launch (opening the local store) overlaps the toolkit's start, and the window never waits for it.
     */
    public static void launchWindow(WorkspaceOpening opening, String... args) {
        LAUNCHING.set(Objects.requireNonNull(opening, "opening"));
        Application.launch(CuratorApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.setTitle("Curator");
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        if (opening == null) {
            showWorkspace(given, () -> {});
            return;
        }
        // the first frame is a plain placeholder (no controls, so no stylesheet to parse); the store opens meanwhile
        scene = new Scene(new OpeningView(), 1200, 760);
        stage.setScene(scene);
        afterFirstLayout(scene, opening::windowShown);
        stage.show();
        Task<ShellDependencies> open = new Task<>() {
            @Override
            protected ShellDependencies call() {
                return Objects.requireNonNull(opening.open(), "dependencies");
            }
        };
        open.setOnSucceeded(done -> {
            try {
                showWorkspace(open.getValue(), () -> opening.opened(this::refuseLater));
            } catch (RuntimeException failed) {
                // said in the window rather than left on "Opening your workspace…"
                showRefusal(stage, plainRefusal(failed));
            }
        });
        open.setOnFailed(failed -> showRefusal(stage, plainRefusal(open.getException())));
        Thread.ofPlatform().name("curator-open-workspace").daemon(true).start(open);
    }

    private void showWorkspace(ShellDependencies opened, Runnable shown) {
        dependencies = opened;
        themes = new ThemeSwitch(
                dependencies.preferences(),
                dependencies.userId(),
                dependencies.background(),
                dependencies.remembered());
        status = new StatusBarViewModel(dependencies.syncStatus(), dependencies.serverLinks(), dependencies.clock());
        status.start(dependencies.background(), Platform::runLater);

        if (scene == null) {
            scene = new Scene(new StackPane(), 1200, 760);
            stage.setScene(scene);
        }
        themes.style(scene);
        scene.getStylesheets().add(SHELL_STYLESHEET);
        ProfileChoice choice = dependencies.profiles();
        if (choice == null) {
            showShell(dependencies.pages(), null);
        } else {
            chooser = new ProfileChooserViewModel(choice.profiles(), choice.known(), dependencies.background());
            choice.startAs(dependencies.remembered()).ifPresentOrElse(this::enterAs, this::chooseProfile);
        }
        afterFirstLayout(scene, sinceJvmStart -> {
            dependencies.firstFrameShown().accept(sinceJvmStart);
            shown.run();
        });
        if (!stage.isShowing()) {
            stage.show();
        }
    }

    /** The workspace turned out unusable after it opened (e.g. a damaged store): the refusal replaces it. */
    private void refuseLater(StartRefused refused) {
        Platform.runLater(() -> {
            if (status != null) {
                status.close();
            }
            showRefusal(stage, refused);
        });
    }

    /** A refusal as the app phrased it, or the failure's own message in the same window. */
    private static StartRefused plainRefusal(Throwable failed) {
        StartRefused refused = refusal(failed);
        if (refused != null) {
            return refused;
        }
        log.error("The workspace did not open", failed);
        String message = failed.getMessage() == null ? failed.toString() : failed.getMessage();
        return new StartRefused("Curator could not open your workspace: " + message, Optional.empty(), failed);
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
        // the theme first: controls built before it would load JavaFX's default stylesheet as well
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StartRefusedView(refused, stage::close), 760, 420);
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

    /** Tells {@code shown} (once, on the FX thread) how long after JVM start {@code scene} was next laid out. */
    private static void afterFirstLayout(Scene scene, Consumer<Duration> shown) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                shown.accept(Duration.ofMillis(System.currentTimeMillis() - jvmStart));
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
