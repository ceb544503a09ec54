/**
 * Developer tools that are not part of the WAR: the launcher behind {@code mvn -Prun}
 * (embedded MariaDB, migrations, demo data, Payara Micro), the embedded database shared with
 * the tests, and the demo-load benchmark.
 */
package ru.trajectory.run;
