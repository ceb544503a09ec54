package ru.trajectory.platform.api;

/** Russian titles of the HTTP statuses the API answers with, one wording for every module. */
public final class StatusTitles {

    private StatusTitles() {
    }

    public static String of(int status) {
        return switch (status) {
            case 400 -> "Некорректный запрос";
            case 401 -> "Требуется вход";
            case 403 -> "Доступ запрещён";
            case 404 -> "Не найдено";
            case 405 -> "Метод не поддерживается";
            case 406 -> "Формат ответа не поддерживается";
            case 409 -> "Конфликт изменений";
            case 413 -> "Слишком большой запрос";
            case 415 -> "Неподдерживаемый тип содержимого";
            case 429 -> "Слишком много попыток";
            case 503 -> "Сервис временно недоступен";
            default -> status >= 500 ? "Внутренняя ошибка сервера" : "Запрос не выполнен";
        };
    }
}
