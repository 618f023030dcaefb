package com.marketchats.viewmodel.account;

import com.marketchats.testing.MemoryVault;
import com.marketchats.service.accounts.AccountCheck;
import com.marketchats.service.accounts.CheckResult;
import com.marketchats.service.accounts.CheckResult.Outcome;
import com.marketchats.service.accounts.CredentialVault;
import com.marketchats.service.accounts.OwnerOnlyFileVault;
import com.marketchats.service.settings.AccountRef;
import com.marketchats.testing.DemoCabinet;
import com.marketchats.viewmodel.UiContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class OnboardingViewModelTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String KEY = "ACMA:GoodKeyForTheTest000000000:abcd1234";

    /** What the seller must read for each failure, in a few words that must be there. */
    private static final Map<Outcome, List<String>> RUSSIAN_GIST = Map.of(
            Outcome.WRONG_KEY, List.of("Ключ не подошёл", "Скопируйте его заново"),
            Outcome.NO_CHATS_ACCESS, List.of("нет доступа к чатам", "Общение с покупателями"),
            Outcome.NO_SUCH_CABINET, List.of("Кабинета с таким номером", "адресной строке"),
            Outcome.NO_NETWORK, List.of("интернету"),
            Outcome.RATE_LIMITED, List.of("подождать"),
            Outcome.SERVER_ERROR, List.of("ошибкой"),
            Outcome.INVALID_INPUT, List.of("Скопируйте его заново"));
    private static final Map<Outcome, List<String>> ENGLISH_GIST = Map.of(
            Outcome.WRONG_KEY, List.of("The key did not work", "Copy it again"),
            Outcome.NO_CHATS_ACCESS, List.of("no access to buyer chats", "Communication with buyers"),
            Outcome.NO_SUCH_CABINET, List.of("no cabinet with this ID", "address bar"),
            Outcome.NO_NETWORK, List.of("internet connection"),
            Outcome.RATE_LIMITED, List.of("wait"),
            Outcome.SERVER_ERROR, List.of("error"),
            Outcome.INVALID_INPUT, List.of("Copy it again"));

    @TempDir
    Path folder;

    private final List<String> checkedKeys = new ArrayList<>();

    @Test
    void tellsWhatIsMissingBeforeAnythingCanBeChecked() {
        OnboardingViewModel model = model(answering(Outcome.OK), RUSSIAN);

        assertThat(model.validationTextProperty().get()).isEqualTo("Вставьте API-ключ.");
        assertThat(model.canConnectProperty().get()).isFalse();

        model.apiKeyProperty().set(KEY);
        assertThat(model.validationTextProperty().get()).isEqualTo("Введите номер кабинета.");

        model.businessIdProperty().set("12a");
        assertThat(model.validationTextProperty().get()).contains("это число");
        model.businessIdProperty().set("0");
        assertThat(model.validationTextProperty().get()).contains("это число");
        assertThat(model.canConnectProperty().get()).isFalse();

        model.businessIdProperty().set(" 12 345 ");
        assertThat(model.validationTextProperty().get()).isEmpty();
        assertThat(model.canConnectProperty().get()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = "OK", mode = EnumSource.Mode.EXCLUDE)
    void eachFailureIsExplainedInBothLanguagesAndNothingIsSaved(Outcome outcome) {
        for (Locale locale : List.of(RUSSIAN, Locale.ENGLISH)) {
            CredentialVault vault = new OwnerOnlyFileVault(folder);
            OnboardingViewModel model = model(answering(outcome), locale, vault);
            fill(model);
            List<AccountRef> connected = new ArrayList<>();

            model.connect(connected::add);

            Map<Outcome, List<String>> gist = locale == RUSSIAN ? RUSSIAN_GIST : ENGLISH_GIST;
            assertThat(model.errorTextProperty().get()).as("%s in %s", outcome, locale)
                    .contains(gist.get(outcome)).doesNotContain(KEY);
            assertThat(connected).isEmpty();
            assertThat(folder.resolve(OwnerOnlyFileVault.FILE_NAME)).as("no key stored").doesNotExist();
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.apiKeyProperty().get()).as("the key stays for another try").contains(KEY);
        }
    }

    @Test
    void aGoodKeyIsStoredAndTheNewAccountHandedOver() {
        CredentialVault vault = new OwnerOnlyFileVault(folder);
        OnboardingViewModel model = model(answering(Outcome.OK), RUSSIAN, vault);
        model.baseUrlProperty().set("http://127.0.0.1:9");
        fill(model);
        model.labelProperty().set("  Чайная лавка ");
        List<AccountRef> connected = new ArrayList<>();

        model.connect(connected::add);

        assertThat(checkedKeys).containsExactly(KEY);
        assertThat(connected).singleElement().satisfies(account -> {
            assertThat(account.businessId()).isEqualTo(12345);
            assertThat(account.label()).isEqualTo("Чайная лавка");
            assertThat(account.baseUrl()).isEqualTo("http://127.0.0.1:9");
            assertThat(account.demo()).isFalse();
            assertThat(vault.read(account.id())).contains(KEY);
        });
        assertThat(model.errorTextProperty().get()).isEmpty();
        assertThat(model.apiKeyProperty().get()).as("the key leaves the screen").isEmpty();
    }

    @Test
    void theRealApiIsCheckedUnlessToldOtherwise() {
        OnboardingViewModel model = model(answering(Outcome.OK), RUSSIAN);

        assertThat(model.baseUrlProperty().get()).isEqualTo("https://api.partner.market.yandex.ru");
    }

    @Test
    void aKeyThatCannotBeStoredIsReportedAndNoAccountMade() {
        MemoryVault refusing = new MemoryVault();
        refusing.refuseSaves();
        OnboardingViewModel model = model(answering(Outcome.OK), RUSSIAN, refusing);
        fill(model);
        List<AccountRef> connected = new ArrayList<>();

        model.connect(connected::add);

        assertThat(connected).isEmpty();
        assertThat(refusing.keys()).isEmpty();
        assertThat(model.errorTextProperty().get()).contains("сохранить его на этом компьютере не удалось");
    }

    @Test
    void theFileVaultIsAnnouncedWithItsPlace() {
        OnboardingViewModel model = model(answering(Outcome.OK), RUSSIAN, new OwnerOnlyFileVault(folder));

        assertThat(model.vaultNoticeProperty().get())
                .contains("нет хранилища паролей")
                .contains(folder.resolve(OwnerOnlyFileVault.FILE_NAME).toString())
                .contains("только ваша учётная запись");
    }

    @Test
    void theKeychainNeedsNoNotice() {
        OnboardingViewModel model = model(answering(Outcome.OK), RUSSIAN, new MemoryVault());

        assertThat(model.vaultNoticeProperty().get()).isEmpty();
    }

    @Test
    void demoNeedsNoInputAndClearsAnOldError() {
        OnboardingViewModel model = model(answering(Outcome.WRONG_KEY), RUSSIAN);
        fill(model);
        model.connect(account -> { });
        AtomicBoolean demo = new AtomicBoolean();
        model.setOnDemo(() -> demo.set(true));

        model.chooseDemo();

        assertThat(demo).isTrue();
        assertThat(model.errorTextProperty().get()).isEmpty();
    }

    @Test
    void changingTheKeyClearsTheOldError() {
        OnboardingViewModel model = model(answering(Outcome.WRONG_KEY), RUSSIAN);
        fill(model);
        model.connect(account -> { });
        assertThat(model.errorTextProperty().get()).isNotEmpty();

        model.apiKeyProperty().set(KEY + "x");

        assertThat(model.errorTextProperty().get()).isEmpty();
    }

    private static void fill(OnboardingViewModel model) {
        model.apiKeyProperty().set("  " + KEY + "\n");
        model.businessIdProperty().set("12345");
    }

    private AccountCheck answering(Outcome outcome) {
        return (baseUrl, businessId, apiKey) -> {
            checkedKeys.add(apiKey);
            return new CheckResult(outcome, 0);
        };
    }

    private OnboardingViewModel model(AccountCheck check, Locale locale) {
        return model(check, locale, new OwnerOnlyFileVault(folder));
    }

    private static OnboardingViewModel model(AccountCheck check, Locale locale, CredentialVault vault) {
        UiContext ui = DemoCabinet.synchronousUi(locale, Clock.systemUTC());
        return new OnboardingViewModel(check, vault, ui);
    }
}
