package com.marketchats.sandbox;

import java.util.List;

import static com.marketchats.api.dto.ChatStatus.FINISHED;
import static com.marketchats.api.dto.ChatStatus.NEW;
import static com.marketchats.api.dto.ChatStatus.WAITING_FOR_ARBITER;
import static com.marketchats.api.dto.ChatStatus.WAITING_FOR_CUSTOMER;
import static com.marketchats.api.dto.ChatStatus.WAITING_FOR_MARKET;
import static com.marketchats.api.dto.ChatStatus.WAITING_FOR_PARTNER;
import static com.marketchats.api.dto.ChatType.ARBITRAGE;
import static com.marketchats.api.dto.ChatType.CHAT;
import static com.marketchats.sandbox.DemoChatPlan.D;
import static com.marketchats.sandbox.DemoChatPlan.H;
import static com.marketchats.sandbox.DemoChatPlan.M;
import static com.marketchats.sandbox.DemoChatPlan.buyer;
import static com.marketchats.sandbox.DemoChatPlan.direct;
import static com.marketchats.sandbox.DemoChatPlan.hiddenBuyer;
import static com.marketchats.sandbox.DemoChatPlan.returnOf;

/** The demo's chats about returns (ordinary and disputed) and the buyers' own questions (DIRECT). */
final class DemoReturnAndDirectChats {

    static final long FBS = DemoData.FBS_CAMPAIGN_ID;
    static final long EXPRESS = DemoData.EXPRESS_CAMPAIGN_ID;

    private DemoReturnAndDirectChats() {
    }

    static List<DemoChatPlan> chats() {
        return List.of(
                returnOf(7_000_022, 9_120_022L, 51_234_567_822L, FBS, CHAT, WAITING_FOR_PARTNER, buyer("Никита Е.", "n8i9k1i2t3a4q5w6e7r8t9y0u1"))
                        .market(D + 2 * H, "Покупатель оформил возврат № 9120022 по заказу № 51234567822. Причина: не подошёл размер.")
                        .buyer(H + 30 * M, "Здравствуйте! Ботинки малы, хочу вернуть. Коробку от обуви выбросил, примете без неё?"),
                returnOf(7_000_023, 9_120_023L, 51_234_567_823L, FBS, CHAT, WAITING_FOR_CUSTOMER, buyer("Татьяна Орлова", "t9a1t2y3a4n5a6o7r8l9o0v1a2"))
                        .market(2 * D, "Покупатель оформил возврат № 9120023 по заказу № 51234567823. Причина: не понравился товар.")
                        .buyer(D + 20 * H, "Как правильно упаковать куртку для возврата?")
                        .seller(D + 18 * H, "Здравствуйте! Упакуйте, пожалуйста, в любой пакет, бирки не срезайте. Пришлите фото перед отправкой, чтобы мы быстрее провели возврат."),
                returnOf(7_000_024, 9_120_024L, 51_234_567_824L, EXPRESS, CHAT, FINISHED, buyer("Денис Ковалёв", "d1e2n3i4s5k6o7v8a9l1e2v3q4"))
                        .market(8 * D, "Покупатель оформил возврат № 9120024 по заказу № 51234567824.")
                        .buyer(8 * D - H, "Когда вернутся деньги?")
                        .seller(8 * D - 3 * H, "Здравствуйте! Товар получили, возврат одобрили. Деньги придут в течение 3–10 рабочих дней.")
                        .market(5 * D, "Деньги за возврат № 9120024 отправлены покупателю.")
                        .buyer(4 * D, "Деньги пришли, спасибо!"),
                returnOf(7_000_025, 9_120_025L, 51_234_567_825L, FBS, CHAT, NEW, buyer("Галина Степановна", "g2a3l4i5n6a7s8t9e1p2a3n4o5"))
                        .opened(3 * H),
                returnOf(7_000_026, 9_120_026L, 51_234_567_826L, FBS, CHAT, WAITING_FOR_PARTNER, buyer("Алексей", "a3l4e5k6s7e8y9q1w2e3r4t5y6"))
                        .market(D + 6 * H, "Покупатель оформил возврат № 9120026 по заказу № 51234567826. Причина: товар с браком.")
                        .buyer(D + 5 * H, "Чайник не включается с первого дня, индикатор не загорается.")
                        .seller(D + 2 * H, "Здравствуйте! Пришлите, пожалуйста, фото наклейки на дне чайника — нужен серийный номер.")
                        .buyerFile(4 * H, "kettle-label.png", "Вот наклейка."),
                returnOf(7_000_027, 9_120_027L, 51_234_567_827L, EXPRESS, CHAT, WAITING_FOR_CUSTOMER, hiddenBuyer("h4i5d6d7e8n9q1w2e3r4t5y6u7"))
                        .buyer(10 * H, "Отнесла товар в пункт выдачи, а статус возврата не меняется.")
                        .seller(9 * H + 30 * M, "Здравствуйте! Статус обновится, когда товар доедет до нашего склада, обычно 2–3 дня. Сохраните, пожалуйста, квитанцию."),
                returnOf(7_000_028, 9_120_028L, 51_234_567_828L, FBS, ARBITRAGE, WAITING_FOR_ARBITER, buyer("Мария П.", "m5a6r7i8y9a1p2q3w4e5r6t7y8"))
                        .market(3 * D, "Покупатель открыл спор по возврату № 9120028: «Продавец отказал в возврате».")
                        .buyer(3 * D - 10 * M, "Платье порвалось по шву после первой носки, а продавец отказывает в возврате.")
                        .seller(2 * D + 12 * H, "На фото видно, что платье стирали при высокой температуре — это не заводской брак.")
                        .support(D + 3 * H, "Здравствуйте! Я Ольга, поддержка Маркета. Передали материалы спора на экспертизу, решение будет в течение 5 рабочих дней."),
                returnOf(7_000_029, 9_120_029L, 51_234_567_829L, EXPRESS, ARBITRAGE, FINISHED, buyer("Андрей Морозов", "a8n7d6r5e4y3m2o1r0o9z8o7v6"))
                        .market(10 * D, "Покупатель открыл спор по возврату № 9120029.")
                        .buyer(10 * D - 30 * M, "Вернул блендер, а деньги так и не пришли.")
                        .support(8 * D, "Спор решён: продавец подтвердил получение товара, деньги отправлены покупателю.")
                        .market(8 * D - 2 * M, "Спор завершён."),
                returnOf(7_000_030, 9_120_030L, 51_234_567_830L, FBS, ARBITRAGE, WAITING_FOR_MARKET, buyer("Елена Фёдорова", "e0l9e8n7a6f5e4d3o2r1o0v9a8"))
                        .market(2 * D + 5 * H, "Покупатель открыл спор по возврату № 9120030: «Возврат утерян при доставке».")
                        .buyer(2 * D + 4 * H, "Сдала возврат неделю назад, трек не обновляется.")
                        .support(D, "Проверяем, где находится посылка, у службы доставки Маркета."),
                direct(9_007_199_254_740_993L, WAITING_FOR_PARTNER, buyer("Павел Лебедев", "p5a6v7e8l9l1e2b3e4d5e6v7q8"))
                        .buyer(2 * M, "Здравствуйте! Есть ли этот пуховик в размере 52? Сейчас на сайте только 48 и 50."),
                direct(9_007_199_254_740_994L, WAITING_FOR_PARTNER, buyer("Светлана Г.", "s3v4e5t6l7a8n9a1q2w3e4r5t6"))
                        .buyer(8 * H, "Подскажите, подойдёт ли этот фильтр к увлажнителю Philips HU4816?"),
                direct(9_007_199_254_740_995L, WAITING_FOR_CUSTOMER, buyer("Ирина Попова", "i7r8i9n1a2p3o4p5o6v7a8q9w1"))
                        .buyer(D + 4 * H, "Какой материал у постельного белья — сатин или поплин? На фото не понять.")
                        .seller(D + 3 * H, "Здравствуйте! Это сатин, 100% хлопок, плотность 120 г/м²."),
                direct(9_007_199_254_740_996L, FINISHED, buyer("Юлия С.", "y1u2l3i4y5a6s7q8w9e0r1t2y3"))
                        .buyer(6 * D, "Будет ли скидка на сковороды в ноябре?")
                        .seller(6 * D - 2 * H, "Здравствуйте! Да, с 11 ноября будет акция −20% на всю посуду.")
                        .buyer(6 * D - 3 * H, "Отлично, спасибо!"),
                direct(9_007_199_254_740_997L, WAITING_FOR_PARTNER, buyer("Сергей Кузнецов", "s1e2r3g4e5y6k7u8z9n0e1t2s3"))
                        .buyer(3 * D + 2 * H, "Добрый день! Хотим купить 30 термокружек для сотрудников. Можно оптом со скидкой и с документами для юрлица?"),
                direct(9_007_199_254_740_998L, WAITING_FOR_CUSTOMER, null)
                        .buyer(2 * D, "Сколько весит гантель? В описании не указано.")
                        .seller(2 * D - 40 * M, "Здравствуйте! Каждая гантель — 5 кг, в комплекте две."),
                direct(9_007_199_254_740_999L, WAITING_FOR_PARTNER, buyer("Денис Ковалёв", "d1e2n3i4s5k6o7v8a9l1e2v3q4"))
                        .buyer(25 * M, "Когда снова появится в наличии рюкзак в чёрном цвете?"),
                direct(9_007_199_254_741_000L, FINISHED, buyer("Артём Соколов", "a2r3t4e5m6s7o8k9o1l2o3v4q5"))
                        .buyer(9 * D, "Кабель поддерживает быструю зарядку?")
                        .seller(9 * D - H, "Да, до 60 Вт, USB-C с обеих сторон.")
                        .market(6 * D, "Чат завершён."),
                direct(9_007_199_254_741_001L, WAITING_FOR_PARTNER, buyer("Ксения Зайцева", "k5s6e7n8i9y1a2q3w4e5r6t7y8"))
                        .buyerFile(5 * H, "phone-case.jpg", "Здравствуйте! Мне нужен такой же чехол, но на iPhone 15. Есть?"),
                direct(9_007_199_254_741_002L, WAITING_FOR_CUSTOMER, buyer("Михаил", "m7i8k9h1a2i3l4q5w6e7r8t9y0"))
                        .buyer(16 * H, "Какие размеры у полки в собранном виде?")
                        .sellerFile(15 * H, "receipt.pdf", "Здравствуйте! 80 × 30 × 25 см. На всякий случай пришлю документ с характеристиками.")
                        .seller(15 * H - 2 * M, "Ой, прислали не тот файл — это чек. Размеры верные: 80 × 30 × 25 см."));
    }
}
