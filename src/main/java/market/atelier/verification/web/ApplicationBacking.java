package market.atelier.verification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import market.atelier.account.web.CurrentAccount;
import market.atelier.shared.AccessRefused;
import market.atelier.shared.web.Messages;
import market.atelier.shared.web.Uploads;
import market.atelier.shop.Shop;
import market.atelier.shop.ShopService;
import market.atelier.shop.ShopStatus;
import market.atelier.verification.Application;
import market.atelier.verification.ApplicationItem;
import market.atelier.verification.ApplicationService;
import market.atelier.verification.ApplicationState;
import market.atelier.verification.Badge;
import market.atelier.verification.BadgeType;
import market.atelier.verification.VerificationException;
import market.atelier.verification.VerificationService;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /seller/verification}: the shop's badges, the open draft (evidence per criterion: text and photos), submit,
 * appeal a suspension, and every earlier application with the verifier's decision and notes.
 */
@Named("apply")
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private ShopService shops;

    @Inject
    private VerificationService verification;

    @Inject
    private CurrentAccount current;

    private boolean hasShop;
    private ShopStatus status;
    private String shopSlug;
    private List<String> chosen = new ArrayList<>(List.of(BadgeType.HANDMADE));
    private final Map<Long, String> texts = new HashMap<>();
    private String note;
    private transient Optional<Application> draft;
    private transient List<Application> history;
    private transient List<Badge> badges;
    private transient List<BadgeType> rubric;

    @PostConstruct
    void load() {
        Optional<Shop> shop = shops.ownedBy(accountId());
        hasShop = shop.isPresent();
        shop.ifPresent(s -> {
            status = s.getStatus();
            shopSlug = s.getSlug();
        });
        if (hasShop) {
            showDraft(applications.openDraft(accountId()));
        }
    }

    private void showDraft(Optional<Application> open) {
        draft = open;
        history = null;
        badges = null;
        texts.clear();
        open.ifPresent(a -> {
            chosen = new ArrayList<>(a.getBadgeCodes());
            note = a.getNote();
            a.getItems().forEach(item -> texts.put(item.getCriterion().getId(), item.getText()));
        });
    }

    private void reload() {
        showDraft(applications.openDraft(accountId()));
        shops.ownedBy(accountId()).ifPresent(s -> status = s.getStatus());
    }

    public void start() {
        run(() -> showDraft(Optional.of(applications.startDraft(accountId(), new LinkedHashSet<>(chosen)))),
                "verify.apply.started");
    }

    public void save() {
        run(this::saveDraft, "verify.apply.saved");
    }

    public void submit() {
        run(() -> {
            saveDraft();
            applications.submit(accountId(), getDraft().getId());
            reload();
        }, "verify.apply.submitted");
    }

    public void appeal(long badgeId) {
        run(() -> showDraft(Optional.of(applications.startAppeal(accountId(), badgeId))), "verify.appeal.started");
    }

    public void uploadPhoto(FileUploadEvent event) {
        Long criterionId = (Long) event.getComponent().getAttributes().get("criterionId");
        String clientId = event.getComponent().getClientId();
        Uploads.storePhoto(event.getFile(), clientId,
                () -> applications.checkRoomForPhoto(accountId(), getDraft().getId(), criterionId))
                .ifPresent(image -> run(() -> {
            saveDraft();
            showDraft(Optional.of(applications.addPhoto(accountId(), getDraft().getId(), criterionId, image.key())));
        }, "verify.apply.photoAdded"));
    }

    public void removePhoto(long criterionId, int index) {
        run(() -> {
            saveDraft();
            showDraft(Optional.of(applications.removePhoto(accountId(), getDraft().getId(), criterionId, index)));
        }, "verify.apply.photoRemoved");
    }

    private void saveDraft() {
        showDraft(Optional.of(applications.saveDraft(accountId(), getDraft().getId(), new LinkedHashSet<>(chosen),
                texts, note)));
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(null, doneKey);
        } catch (VerificationException e) {
            Messages.error(null, e.getMessageKey());
            reload();
        } catch (AccessRefused e) {
            Messages.error(null, "verify.apply.notYours");
            reload();
        }
    }

    private long accountId() {
        return current.get().orElseThrow().getId();
    }

    public boolean isHasShop() {
        return hasShop;
    }

    public ShopStatus getStatus() {
        return status;
    }

    public String getShopSlug() {
        return shopSlug;
    }

    public Application getDraft() {
        if (draft == null) {
            draft = applications.openDraft(accountId());
        }
        return draft.orElse(null);
    }

    public List<ApplicationItem> getItems() {
        return getDraft() == null ? List.of() : getDraft().getItems();
    }

    /** Submitted applications and appeals, newest first. */
    public List<Application> getHistory() {
        if (history == null) {
            history = hasShop ? applications.applications(accountId()).stream()
                    .filter(a -> a.getState() != ApplicationState.DRAFT).toList() : List.of();
        }
        return history;
    }

    public List<Badge> getBadges() {
        if (badges == null) {
            badges = hasShop ? applications.badges(accountId()) : List.of();
        }
        return badges;
    }

    public boolean canAppeal(long badgeId) {
        return applications.canAppeal(accountId(), badgeId);
    }

    public List<BadgeType> getRubric() {
        if (rubric == null) {
            rubric = verification.rubric().stream().filter(t -> !t.isComputed()).toList();
        }
        return rubric;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
