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
import static com.marketchats.sandbox.DemoChatPlan.hiddenBuyer;
import static com.marketchats.sandbox.DemoChatPlan.order;

/** The demo's chats about orders: questions before and after delivery, and disputes. */
final class DemoOrderChats {

    static final long FBS = DemoData.FBS_CAMPAIGN_ID;
    static final long EXPRESS = DemoData.EXPRESS_CAMPAIGN_ID;

    private DemoOrderChats() {
    }

    static List<DemoChatPlan> chats() {
        return List.of(
                order(7_000_001, 51_234_567_801L, FBS, CHAT, WAITING_FOR_PARTNER, buyer("Анна Смирнова", "k3v9x1m2q8w7e4r5t6y0u1i2o3"))
                        .market(2 * H, "Покупатель оформил заказ № 51234567801. Ответьте на вопросы покупателя в течение 24 часов.")
                        .buyer(6 * M, "Здравствуйте! Заказ ещё не передан в доставку? Можно поменять размер футболки с M на L?"),
                order(7_000_002, 51_234_567_802L, EXPRESS, CHAT, WAITING_FOR_PARTNER, buyer("Дмитрий К.", "d7f3g5h1j9k2l4z6x8c0v2b4n6"))
                        .market(5 * H, "Заказ № 51234567802 передан курьеру. Доставка сегодня с 14:00 до 16:00.")
                        .buyer(45 * M, "Добрый день. Курьер так и не приехал в интервал 14–16, на звонки никто не отвечает. Что мне делать?"),
                order(7_000_003, 51_234_567_803L, FBS, CHAT, WAITING_FOR_PARTNER, hiddenBuyer("p2o4i6u8y0t1r3e5w7q9a2s4d6"))
                        .market(3 * D, "Заказ № 51234567803 доставлен покупателю.")
                        .buyerFile(3 * H + 2 * M, "phone-case.jpg", null)
                        .buyer(3 * H, "Заказывала чехол бежевого цвета, а пришёл зелёный. Фото прикладываю."),
                order(7_000_004, 51_234_567_804L, FBS, CHAT, WAITING_FOR_PARTNER, buyer("Ольга Н.", "o1l2g3a4n5m6b7v8c9x0z1q2w3"))
                        .buyer(20 * H, "Здравствуйте! Заказ в подарок, можно ли упаковать без чека внутри и приложить открытку?"),
                order(7_000_005, 51_234_567_805L, FBS, CHAT, WAITING_FOR_PARTNER, buyer("Игорь Васильев", "i9g8o7r6v5a4s3i2l1e0v9a8s7"))
                        .market(4 * D, "Заказ № 51234567805 доставлен в пункт выдачи.")
                        .buyer(2 * D + 5 * H + 10 * M, "Забрал сервиз. Коробка была мятая, одна чашка со сколом.")
                        .buyerFile(2 * D + 5 * H, "damaged-cup.jpg", "Вот фото. Можно заменить только чашку, чтобы не возвращать весь сервиз?"),
                order(7_000_006, 51_234_567_806L, EXPRESS, CHAT, WAITING_FOR_CUSTOMER, buyer("Марина", "m4a5r6i7n8a9q1w2e3r4t5y6u7"))
                        .buyer(6 * H, "Подскажите, успеете доставить до пятницы? Нужно на день рождения.")
                        .seller(5 * H + 40 * M, "Здравствуйте, Марина! Да, передадим курьеру завтра утром, доставка в четверг."),
                order(7_000_007, 51_234_567_807L, FBS, CHAT, WAITING_FOR_CUSTOMER, buyer("Екатерина Волкова", "e5k6a7t8e9r1i2n3a4v5o6l7k8"))
                        .buyer(D + 2 * H, "Какой размер платья выбрать при росте 168 и обхвате груди 90?")
                        .sellerFile(D + H + 30 * M, "size-chart.png", "Здравствуйте! Вам подойдёт S. Прикладываю таблицу размеров.")
                        .seller(D + H + 29 * M, "Если будете сомневаться между размерами, напишите — подскажем."),
                order(7_000_008, 51_234_567_808L, FBS, CHAT, WAITING_FOR_CUSTOMER, buyer("Сергей Кузнецов", "s1e2r3g4e5y6k7u8z9n0e1t2s3"))
                        .market(5 * D, "Заказ № 51234567808 доставлен покупателю.")
                        .buyer(2 * D, "Добрый день, нужен кассовый чек для бухгалтерии, можете прислать?")
                        .sellerFile(D + 22 * H, "receipt.pdf", "Здравствуйте! Чек во вложении."),
                order(7_000_009, 51_234_567_809L, FBS, CHAT, NEW, buyer("Елена Фёдорова", "e0l9e8n7a6f5e4d3o2r1o0v9a8"))
                        .opened(35 * M),
                order(7_000_010, 51_234_567_810L, EXPRESS, CHAT, NEW, buyer("Павел Лебедев", "p5a6v7e8l9l1e2b3e4d5e6v7q8"))
                        .market(2 * H + 15 * M, "Продавец начал чат по заказу № 51234567810."),
                order(7_000_011, 51_234_567_811L, FBS, CHAT, FINISHED, buyer("Наталья", "n2a3t4a5l6y7a8q9w1e2r3t4y5"))
                        .buyer(6 * D + 3 * H, "Подскажите, можно ли стирать плед в машинке?")
                        .seller(6 * D + 2 * H, "Здравствуйте! Да, деликатный режим, 30 градусов, без отжима.")
                        .buyer(6 * D + H, "Спасибо!")
                        .market(3 * D, "Чат завершён."),
                order(7_000_012, 51_234_567_812L, EXPRESS, CHAT, FINISHED, buyer("Андрей Морозов", "a8n7d6r5e4y3m2o1r0o9z8o7v6"))
                        .buyer(5 * D + 4 * H, "Добавьте, пожалуйста, в заказ второй кабель, оплачу при получении.")
                        .seller(5 * D + 3 * H, "К сожалению, состав оформленного заказа изменить нельзя. Оформите, пожалуйста, второй заказ — соберём вместе.")
                        .buyer(5 * D + 2 * H, "Понял, так и сделаю."),
                order(7_000_013, 51_234_567_813L, FBS, CHAT, WAITING_FOR_PARTNER, buyer("Юлия С.", "y1u2l3i4y5a6s7q8w9e0r1t2y3"))
                        .buyer(12 * M, "Можно ли оплатить картой при получении в пункте выдачи?"),
                order(7_000_014, 51_234_567_814L, FBS, CHAT, WAITING_FOR_CUSTOMER, buyer("Михаил", "m7i8k9h1a2i3l4q5w6e7r8t9y0"))
                        .buyer(9 * H, "Пришла кофемолка, но не работает — нажимаю кнопку, ничего не происходит.")
                        .seller(8 * H, "Здравствуйте! Проверьте, пожалуйста, что крышка защёлкнута до щелчка — без этого мотор заблокирован. Если не поможет, пришлите фото наклейки на дне."),
                order(7_000_015, 51_234_567_815L, FBS, CHAT, WAITING_FOR_PARTNER, null)
                        .buyer(D + 30 * M, "Здравствуйте. Какая гарантия на робот-пылесос и где находится сервисный центр?"),
                order(7_000_016, 51_234_567_816L, EXPRESS, CHAT, WAITING_FOR_CUSTOMER, buyer("Светлана Г.", "s3v4e5t6l7a8n9a1q2w3e4r5t6"))
                        .buyer(4 * H, "Можно изменить адрес доставки? Переехала на Профсоюзную, 45.")
                        .seller(3 * H + 50 * M, "Здравствуйте! Адрес в заказе может изменить только покупатель в приложении Маркета, до передачи курьеру. Мы со своей стороны заказ придержим до вечера."),
                order(7_000_017, 51_234_567_817L, FBS, CHAT, FINISHED, buyer("Артём Соколов", "a2r3t4e5m6s7o8k9o1l2o3v4q5"))
                        .market(7 * D, "Покупатель оформил заказ № 51234567817. Ответьте на вопросы покупателя в течение 24 часов.")
                        .buyer(6 * D + 23 * H, "Здравствуйте! Кроссовки маломерят?")
                        .seller(6 * D + 22 * H, "Здравствуйте! Идут в размер, по стельке 27 см для 42-го.")
                        .buyer(6 * D + 21 * H, "А если не подойдут — как вернуть?")
                        .seller(6 * D + 20 * H + 30 * M, "Оформите возврат в приложении в течение 14 дней, товар без следов носки и с бирками.")
                        .buyer(6 * D + 20 * H, "Понятно, спасибо.")
                        .market(4 * D, "Заказ № 51234567817 доставлен покупателю.")
                        .buyer(3 * D + 23 * H, "Подошли идеально, спасибо!")
                        .seller(3 * D + 22 * H, "Рады, что подошли! Носите с удовольствием."),
                order(7_000_018, 51_234_567_818L, FBS, ARBITRAGE, WAITING_FOR_ARBITER, buyer("Виктор Б.", "v4i5k6t7o8r9b1q2w3e4r5t6y7"))
                        .market(3 * D, "Покупатель открыл спор по заказу № 51234567818: «В посылке не хватает товара».")
                        .buyer(3 * D - 5 * M, "В заказе было два комплекта фильтров, пришёл один. Коробка была вскрыта.")
                        .seller(2 * D + 20 * H, "Здравствуйте! По данным склада отгружено два комплекта, вес посылки 1,2 кг соответствует двум.")
                        .support(2 * D + 2 * H, "Здравствуйте! Меня зовут Мария, я специалист поддержки Маркета. Изучаю спор, ответ будет в течение трёх рабочих дней."),
                order(7_000_019, 51_234_567_819L, EXPRESS, ARBITRAGE, WAITING_FOR_MARKET, buyer("Ксения Зайцева", "k5s6e7n8i9y1a2q3w4e5r6t7y8"))
                        .market(4 * D, "Покупатель открыл спор по заказу № 51234567819: «Товар не получен».")
                        .buyer(4 * D - 10 * M, "В приложении написано, что заказ доставлен, но я его не получала.")
                        .seller(3 * D + 18 * H, "Здравствуйте! Заказ передан курьеру Маркета, подтверждение передачи есть в акте.")
                        .support(2 * D, "Запросили данные у службы доставки. Вернёмся с ответом, как только получим их."),
                order(7_000_020, 51_234_567_820L, FBS, ARBITRAGE, FINISHED, buyer("Роман", "r6o7m8a9n1q2w3e4r5t6y7u8i9"))
                        .market(9 * D, "Покупатель открыл спор по заказу № 51234567820: «Товар с браком».")
                        .buyer(9 * D - 15 * M, "Наушники: левый не заряжается с первого дня.")
                        .seller(8 * D + 20 * H, "Готовы принять на диагностику, но покупатель отказался.")
                        .support(6 * D, "Спор решён в пользу покупателя: брак подтверждён по видео. Деньги вернутся покупателю, товар будет возвращён продавцу.")
                        .market(6 * D - 5 * M, "Спор завершён."),
                order(7_000_021, 51_234_567_821L, FBS, ARBITRAGE, WAITING_FOR_PARTNER, buyer("Ирина Попова", "i7r8i9n1a2p3o4p5o6v7a8q9w1"))
                        .market(2 * D, "Покупатель открыл спор по заказу № 51234567821: «Товар не соответствует описанию».")
                        .buyer(2 * D - 20 * M, "На странице товара объём 500 мл, а пришла бутылка на 350 мл.")
                        .support(7 * H, "Уважаемый продавец, пришлите, пожалуйста, фото этикетки с объёмом и накладную поставки до конца дня."));
    }
}
