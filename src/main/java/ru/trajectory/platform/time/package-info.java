/** Time: the clock services read "now" from. */
package ru.trajectory.platform.time;
