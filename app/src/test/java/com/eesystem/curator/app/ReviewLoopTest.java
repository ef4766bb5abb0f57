package com.eesystem.curator.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.eesystem.curator.domain.compliance.ComplianceIssue;
import com.eesystem.curator.domain.content.ContentBody;
import com.eesystem.curator.domain.content.ContentItem;
import com.eesystem.curator.domain.content.ContentQuery;
import com.eesystem.curator.domain.content.ContentStatus;
import com.eesystem.curator.domain.content.ContentType;
import com.eesystem.curator.domain.content.CreateDraft;
import com.eesystem.curator.domain.content.ListedContent;
import com.eesystem.curator.domain.paging.PageRequest;
import com.eesystem.curator.domain.platform.Platform;
import com.eesystem.curator.domain.review.SubmitForReview;
import com.eesystem.curator.domain.user.Role;
import com.eesystem.curator.domain.user.User;
import com.eesystem.curator.domain.user.UserId;
import com.eesystem.curator.ui.shell.ProfileChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole loop as two people on one local store, in the real window: Eve (editor) is chosen at
 * start, writes a disease claim, sees it flagged, has the submission refused, fixes it and submits;
 * Ana (admin) is refused approving her own item; Rita (a reviewer profile added at Switch user)
 * approves Eve's item, which the library then lists as approved. Writes review-desk.png (see {@link Screenshots}).
 */
class ReviewLoopTest {

    private static final String CLAIM = "Ten minutes of this light cures insomnia.";
    private static final String FIXED = "Ten quiet minutes in the light, every evening.";

    @TempDir
    Path dataDir;

    private final ShellWindow window = new ShellWindow();
    private final FxRobot robot = window.robot;
    private Workstation workstation;
    private final User ana = User.of(UserId.random(), "Ana Admin", Role.ADMIN);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        ShellWindow.registerToolkit();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
        workstation.close();
    }

    @Test
    void anEditorsFixedDraftIsApprovedByAReviewerAndTheAuthorCannotApproveTheirOwn() throws Exception {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "Eve Editor");
        User eve = workstation.user();
        ContentItem anasItem = submittedBy(ana, "Ana's weekend note", "We are open on Saturday mornings this month.");
        startWindow();

        // two profiles and nothing remembered: the window asks who is working
        ListView<User> profiles = robot.lookup("#profile-list").queryListView();
        assertThat(profiles.getItems()).extracting(User::displayName).containsExactly("Ana Admin", "Eve Editor");
        robot.interact(() -> profiles.getSelectionModel().select(eve));
        robot.clickOn("#profile-continue");
        waitForShellOf("Eve Editor · editor");

        // Eve writes a claim: the live check flags it and the submission is refused
        robot.clickOn("#nav-library");
        robot.clickOn("#library-new-draft");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#editor-caption");
        robot.write(CLAIM);
        ListView<ComplianceIssue> issues = robot.lookup("#editor-issues").queryListView();
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> issues.getItems().stream().anyMatch(ComplianceIssue::critical));
        submitDraft();
        assertThat(text("#editor-status")).startsWith("Not submitted");
        ListView<String> refusals = robot.lookup("#editor-refusals").queryListView();
        assertThat(refusals.getItems())
                .anySatisfy(reason ->
                        assertThat(reason).contains("check medical_claim: failed (critical) and not overridden"));
        assertThat(inLibrary(CLAIM).map(ContentItem::status)).contains(ContentStatus.DRAFT);

        // she fixes it and submits
        robot.clickOn("#editor-caption");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(FIXED);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> issues.getItems().stream().noneMatch(ComplianceIssue::critical));
        submitDraft();
        assertThat(text("#editor-status")).startsWith("Submitted for review");
        ContentItem evesItem = inLibrary(FIXED).orElseThrow();
        assertThat(evesItem.status()).isEqualTo(ContentStatus.IN_REVIEW);
        robot.clickOn("#editor-back");

        // an editor is offered no decision on the review desk
        robot.clickOn("#nav-review");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#review-approve").tryQuery()).isEmpty();
        assertThat(text("#review-role-note")).contains("without the reviewer role");

        // Ana (admin, so she may decide) is refused approving her own item
        switchTo(ana);
        robot.clickOn("#nav-review");
        selectInQueue(anasItem);
        robot.clickOn("#review-approve");
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !text("#review-result").isEmpty());
        assertThat(text("#review-result"))
                .contains("Could not approve")
                .contains("is the author and cannot approve their own content");
        assertThat(stored(anasItem).status()).isEqualTo(ContentStatus.IN_REVIEW);

        // Rita is added as a reviewer at Switch user and approves Eve's item
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#profile-name").write("Rita Reviewer");
        ComboBox<Role> role = robot.lookup("#profile-role").queryComboBox();
        robot.interact(() -> role.setValue(Role.REVIEWER));
        robot.clickOn("#profile-add");
        waitForShellOf("Rita Reviewer · reviewer");
        robot.clickOn("#nav-review");
        selectInQueue(evesItem);
        ListView<String> checks = robot.lookup("#review-checks").queryListView();
        // the history holds the refused submission's run and the accepted one, newest first
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checks.getItems().size() == 6);
        assertThat(checks.getItems().subList(0, 3))
                .allSatisfy(line -> assertThat(line).startsWith("v" + evesItem.revision()));
        assertThat(checks.getItems().subList(3, 6))
                .allSatisfy(line -> assertThat(line).doesNotStartWith("v" + evesItem.revision()))
                .anySatisfy(line -> assertThat(line).contains("medical_claim · failed"));
        robot.clickOn("#review-comment").write("Reads well, thank you.");
        window.screenshot("review-desk");
        robot.clickOn("#review-approve");
        waitForDecision();
        assertThat(text("#review-result")).isEqualTo(FIXED + ": approved (revision " + evesItem.revision() + ").");

        ContentItem approved = stored(evesItem);
        assertThat(approved.status()).isEqualTo(ContentStatus.APPROVED);
        assertThat(workstation
                        .store()
                        .reviewDecisions()
                        .latest(approved.id())
                        .orElseThrow()
                        .reviewer())
                .isEqualTo(profileNamed("Rita Reviewer").id());

        // the library shows it approved
        robot.clickOn("#nav-library");
        TableView<?> table = robot.lookup("#library-table").queryTableView();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> table.getItems().stream()
                        .map(row -> ((ListedContent) row).item())
                        .anyMatch(item -> item.id().equals(evesItem.id()) && item.status() == ContentStatus.APPROVED));

        // adding Rita and her one approval are in the audit trail; Ana's refused attempt is not
        List<String> actions = workstation.store().auditLog().read(1, 1000).stream()
                .map(entry -> entry.record().action())
                .toList();
        assertThat(actions).contains("profile.added", "compliance.checked", "content.submitted", "review.approved");
        assertThat(actions.stream().filter("review.approved"::equals)).hasSize(1);

        // the choice is remembered for the next start
        assertThat(workstation
                        .store()
                        .userPreferences()
                        .get(ShellComposition.localProfile(), ProfileChoice.LAST_PROFILE_KEY))
                .contains(profileNamed("Rita Reviewer").id().toString());
    }

    /** Clicks Submit once the editor is idle (an autosave may be running) and waits for its answer. */
    private void submitDraft() throws TimeoutException {
        Button submit = robot.lookup("#editor-submit").queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !submit.isDisabled());
        // fired rather than clicked: the button sits at the window's right edge, past Monocle's screen
        robot.interact(submit::fire);
        try {
            WaitForAsyncUtils.waitFor(
                    10,
                    TimeUnit.SECONDS,
                    () -> text("#editor-status").startsWith("Not submitted")
                            || text("#editor-status").startsWith("Submitted for review"));
        } catch (TimeoutException noAnswer) {
            StringBuilder dump = new StringBuilder();
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (thread.getName().startsWith("curator")) {
                    dump.append(thread.getName()).append('\n');
                    for (var frame : stack) {
                        dump.append("   ").append(frame).append('\n');
                    }
                }
            });
            throw new AssertionError(
                    "submit: no answer, the editor says \"" + text("#editor-status") + "\", busy " + submit.isDisabled()
                            + "\n" + dump,
                    noAnswer);
        }
    }

    @Test
    void aRememberedProfileOpensTheWindowStraightInAndANameIsNotTakenTwice() throws Exception {
        workstation = Workstation.open(new DataDirectory(dataDir), Clock.systemUTC(), "Eve Editor");
        User rita = User.of(UserId.random(), "Rita Reviewer", Role.REVIEWER);
        workstation.store().userProfiles().add(rita);
        // remembered as the last profile: the window opens as Rita without asking
        window.openAs(new DataDirectory(dataDir), workstation, rita);

        assertThat(robot.lookup("#profile-list").tryQuery()).isEmpty();
        assertThat(window.stage().getTitle()).isEqualTo("Curator — Rita Reviewer (reviewer)");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#profile-name").write("eve editor");
        robot.clickOn("#profile-add");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text("#profile-message").contains("already a profile"));
        assertThat(text("#profile-message"))
                .isEqualTo("\"eve editor\" is already a profile here: choose it in the list.");
        window.screenshot("profile-choice");
        assertThat(workstation.store().userProfiles().all())
                .extracting(User::displayName)
                .containsExactly("Eve Editor", "Rita Reviewer");
    }

    private void waitForDecision() {
        try {
            WaitForAsyncUtils.waitFor(
                    20, TimeUnit.SECONDS, () -> !text("#review-result").isEmpty());
        } catch (TimeoutException noAnswer) {
            Button approve = robot.lookup("#review-approve").queryButton();
            throw new AssertionError(
                    "approve: no answer; button disabled " + approve.isDisabled() + ", heading \""
                            + text("#review-heading") + "\", items in review "
                            + workstation
                                    .editorServices()
                                    .library()
                                    .count(ContentQuery.all().withStatuses(java.util.Set.of(ContentStatus.IN_REVIEW))),
                    noAnswer);
        }
    }

    private void startWindow() throws Exception {
        window.open(new DataDirectory(dataDir), workstation);
    }

    private ContentItem submittedBy(User author, String title, String caption) {
        workstation.store().userProfiles().add(author);
        Workstation as = workstation.as(author);
        ContentItem draft = as.editorServices()
                .createDraft()
                .create(new CreateDraft.Command(
                        author, ContentBody.of(title, ContentType.QUOTE, List.of(Platform.FACEBOOK), caption)))
                .orThrow();
        return as.editorServices()
                .submitForReview()
                .submit(new SubmitForReview.Command(author, draft.id(), draft.version(), List.of()))
                .orThrow()
                .item();
    }

    private void switchTo(User user) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<User> profiles = robot.lookup("#profile-list").queryListView();
        robot.interact(() -> profiles.getSelectionModel().select(user));
        robot.clickOn("#profile-continue");
        waitForShellOf(
                user.displayName() + " · " + user.roles().iterator().next().storedValue());
    }

    private void waitForShellOf(String who) throws TimeoutException {
        window.waitForShellOf(who);
    }

    private void selectInQueue(ContentItem item) throws TimeoutException {
        window.selectInQueue(queued -> queued.id().equals(item.id()));
        TextArea caption = robot.lookup("#review-caption").queryAs(TextArea.class);
        assertThat(caption.getText()).isEqualTo(item.body().caption());
    }

    private Optional<ContentItem> inLibrary(String caption) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        return workstation.editorServices().library().list(ContentQuery.all(), PageRequest.first(50)).items().stream()
                .filter(item -> item.body().caption().equals(caption))
                .findFirst();
    }

    private ContentItem stored(ContentItem item) {
        return workstation.editorServices().library().find(item.id()).orElseThrow();
    }

    private User profileNamed(String name) {
        return workstation.store().userProfiles().all().stream()
                .filter(user -> user.displayName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private String text(String query) {
        return window.text(query);
    }
}
