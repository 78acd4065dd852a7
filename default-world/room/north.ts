// @verb n*orth e*ast s*outh w*est northeast northwest southeast southwest ne nw se sw u*p d*own --on $room --dspec none --ispec none:none
/**
 * north, south, east, west, northeast, …, up, down (or n, s, e, w, ne, …, u, d): walk that way.
 */
this.call("go_direction", verb);
