/**
 * The demo and benchmark dataset generator: a fictional but realistic territory
 * (region, municipalities, schools with their ШНОР / ШНСУ / ШВР flags for the program
 * years, partnerships, ЦНППМ and ИРО), its staff register and ready-made accounts for
 * every role, and its diagnostics (three published instruments per region, finished attempts
 * with answers and results, deficit profiles with their history), at the sizes of
 * {@link ru.trajectory.demo.DemoScale}. Its bank of effective practices ({@code DemoPractices}) holds
 * about seventy practices per region in every review state, with expert reviews, «применяю» marks
 * and real attachment files, which it writes into the portal's attachments directory beside the rows.
 *
 * <p>The output is deterministic (fixed seeds), so screenshots, demo scripts and benchmark
 * results stay comparable between runs and machines.
 *
 * <p>This package is the one deliberate exception to "modules talk through their services":
 * it writes with plain JDBC batches straight into the tables of the organizations, identity
 * and diagnostics modules (scoring the same way the diagnostics entities do, which its tests
 * check against the entities themselves). It only ever seeds an empty database, where there are no invariants of
 * existing data to protect, and going through JPA and the services would make the
 * million-row country load take hours instead of minutes. Nothing else in the portal
 * depends on this package; the developer launcher and the load benchmark call it.
 */
package ru.trajectory.demo;
