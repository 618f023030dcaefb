package com.marketchats.sandbox;

import com.marketchats.api.dto.ChatCustomer;

import java.util.List;
import java.util.Random;

/**
 * Pools of realistic Russian names and chat lines for generated data (the large dataset and the buyer
 * simulator); the hand-written demo conversations live in {@link DemoData}.
 */
final class RussianTexts {

    static final List<String> BUYER_NAMES = List.of(
            "Анна Смирнова", "Дмитрий К.", "Екатерина Волкова", "Алексей", "Мария П.", "Игорь Васильев",
            "Ольга Н.", "Сергей Кузнецов", "Наталья", "Андрей Морозов", "Юлия С.", "Павел Лебедев",
            "Татьяна Орлова", "Михаил", "Светлана Г.", "Артём Соколов", "Елена Фёдорова", "Виктор Б.",
            "Ксения Зайцева", "Роман", "Ирина Попова", "Никита Е.", "Галина Степановна", "Денис Ковалёв");

    static final List<String> BUYER_QUESTIONS = List.of(
            "Здравствуйте! Подскажите, когда передадите заказ в доставку?",
            "Добрый день. Можно поменять размер с M на L, пока заказ не отправлен?",
            "Пришёл товар не того цвета, что был на фото. Что делать?",
            "Коробка пришла мятая, внутри трещина на крышке. Как оформить возврат?",
            "Есть ли этот товар в наличии в размере 52?",
            "Подскажите, подойдёт ли фильтр к модели Philips HU4816?",
            "Курьер не приехал в назначенный интервал. Когда будет доставка?",
            "Можно ли получить чек на оплату для юрлица?",
            "Какой материал у постельного белья — сатин или поплин?",
            "Не включается, индикатор не горит. Это брак?",
            "Можно оплатить при получении?",
            "Сколько времени занимает возврат денег после того, как вы получите товар?",
            "Добрый вечер! Забыл указать домофон, код 45К1290. Передайте курьеру, пожалуйста.",
            "Здравствуйте, а гарантия на товар есть? Сколько месяцев?",
            "Можно ли купить оптом 20 штук со скидкой?",
            "Заказ показывает «доставлен», но я его не получала.");

    static final List<String> BUYER_FOLLOW_UPS = List.of(
            "Спасибо, жду.", "Хорошо, поняла.", "А можно побыстрее? Нужно к выходным.",
            "Отправил фото, посмотрите, пожалуйста.", "Так что в итоге?", "Понял, спасибо за ответ!",
            "Уточните, пожалуйста, сроки.", "Всё получил, спасибо!", "Ответьте, пожалуйста, уже второй день жду.",
            "А если не подойдёт, можно будет вернуть?");

    static final List<String> SELLER_ANSWERS = List.of(
            "Здравствуйте! Заказ соберём сегодня и передадим в доставку до 18:00.",
            "Добрый день! Да, поменяем, уже исправили размер в заказе.",
            "Приносим извинения! Пришлите, пожалуйста, фото товара и этикетки — разберёмся.",
            "Здравствуйте! К сожалению, этого размера сейчас нет, ожидаем поставку через неделю.",
            "Да, подойдёт, это оригинальная модель для этой серии.",
            "Гарантия 12 месяцев, гарантийный талон лежит в коробке.",
            "Возврат денег приходит в течение 3–10 рабочих дней после получения товара.",
            "Спасибо, что написали! Передали информацию в службу доставки.");

    static final List<String> MARKET_NOTICES = List.of(
            "Покупатель оформил заказ. Ответьте на вопросы покупателя в течение 24 часов.",
            "Заказ передан в службу доставки.",
            "Покупатель оформил возврат. Проверьте товар после получения.");

    static final List<String> SUPPORT_LINES = List.of(
            "Здравствуйте! Я специалист поддержки Маркета, изучаю спор. Ответ будет в течение трёх рабочих дней.",
            "Уважаемый продавец, пришлите, пожалуйста, фото товара и накладную до конца дня.",
            "Запросили данные у службы доставки, вернёмся с ответом.",
            "Спор решён, подробности — в уведомлении в кабинете.");

    private RussianTexts() {
    }

    static <T> T pick(List<T> pool, Random random) {
        return pool.get(random.nextInt(pool.size()));
    }

    /**
     * A buyer as the API shows one: usually a name and a public id, sometimes only the id (the name is
     * hidden), rarely nothing.
     */
    static ChatCustomer customer(Random random) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return null;
        }
        String publicId = publicId(random);
        return new ChatCustomer(roll < 3 ? null : pick(BUYER_NAMES, random), publicId);
    }

    /** Lower-case letters and digits, like Yandex Passport public ids. */
    static String publicId(Random random) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder(26);
        for (int i = 0; i < 26; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
