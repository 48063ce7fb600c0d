/** Message text shared by the assertions. Not API: it may change in any release. */
package com.playgent.assertj.internal;
