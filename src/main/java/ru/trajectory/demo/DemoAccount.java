package ru.trajectory.demo;

/**
 * A ready-made sign-in of the demo data, printed by the launcher so that a visitor can try
 * each role at once. The password is the well-known demo one on purpose: these accounts
 * exist only in generated databases.
 *
 * @param login            what to type in the login field
 * @param password         the demo password
 * @param fullName         Фамилия Имя Отчество of the person behind the account
 * @param roleDescription  the role in Russian, e.g. «педагог ШНОР»
 * @param scopeDescription where the role applies, with the real school, municipality or region name
 */
public record DemoAccount(String login, String password, String fullName, String roleDescription,
                          String scopeDescription) {

    /** One line for a console listing: login / password — role, scope (person). */
    public String describe() {
        return login + " / " + password + " — " + roleDescription + ": " + scopeDescription + " (" + fullName + ")";
    }
}
