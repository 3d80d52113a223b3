package dev.ormcompare.site.preview;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** Which {@code Host} headers the preview answers to, wherever it listens. */
class OwnHostsTest {

    @Test
    void onLoopbackItAnswersToTheLoopbackNamesWithItsPortOnly() throws Exception {
        OwnHosts hosts = new OwnHosts(InetAddress.getByName("127.0.0.1"), 8000);

        assertThat(hosts.accepts("127.0.0.1:8000")).isTrue();
        assertThat(hosts.accepts("localhost:8000")).isTrue();
        assertThat(hosts.accepts("LOCALHOST:8000")).isTrue();
        assertThat(hosts.accepts("[::1]:8000")).isTrue();

        assertThat(hosts.accepts("127.0.0.1:8001")).isFalse();
        assertThat(hosts.accepts("127.0.0.1")).isFalse(); // port 80
        assertThat(hosts.accepts("rebound.example:8000")).isFalse();
        assertThat(hosts.accepts("localhost.rebound.example:8000")).isFalse();
        assertThat(hosts.accepts("127.0.0.1.nip.io:8000")).isFalse();
        assertThat(hosts.accepts("192.168.1.5:8000")).isFalse();
        assertThat(hosts.accepts("[::1]")).isFalse();
        assertThat(hosts.accepts("")).isFalse();
        assertThat(hosts.accepts(null)).isFalse();
        assertThat(hosts.describe()).isEqualTo("127.0.0.1:8000, localhost:8000 or [::1]:8000");
    }

    @Test
    void onAnotherAddressItAlsoAnswersToThatAddressHoweverWritten() throws Exception {
        OwnHosts v4 = new OwnHosts(InetAddress.getByName("192.168.1.5"), 8000);
        OwnHosts v6 = new OwnHosts(InetAddress.getByName("fd00::5"), 8000);

        assertThat(v4.accepts("192.168.1.5:8000")).isTrue();
        assertThat(v4.accepts("localhost:8000")).isTrue();
        assertThat(v4.accepts("192.168.1.6:8000")).isFalse();
        assertThat(v4.describe()).isEqualTo("127.0.0.1:8000, localhost:8000, 192.168.1.5:8000 or [::1]:8000");
        assertThat(v6.accepts("[fd00::5]:8000")).isTrue();
        assertThat(v6.accepts("[FD00:0:0:0:0:0:0:5]:8000")).isTrue();
        assertThat(v6.accepts("[fd00::6]:8000")).isFalse();
    }

    @Test
    void onEveryInterfaceItAnswersToAnyIpAddressAndNoOtherName() throws Exception {
        OwnHosts hosts = new OwnHosts(InetAddress.getByName("0.0.0.0"), 8000);

        assertThat(hosts.accepts("10.1.2.3:8000")).isTrue();
        assertThat(hosts.accepts("[fd00::5]:8000")).isTrue();
        assertThat(hosts.accepts("localhost:8000")).isTrue();
        assertThat(hosts.accepts("rebound.example:8000")).isFalse();
        assertThat(hosts.accepts("10.1.2.300:8000")).isFalse();
        assertThat(hosts.accepts("10.1.2.3:8001")).isFalse();
    }

    @Test
    void onPort80TheHostMayLeaveThePortOut() throws Exception {
        OwnHosts hosts = new OwnHosts(InetAddress.getByName("127.0.0.1"), 80);

        assertThat(hosts.accepts("localhost")).isTrue();
        assertThat(hosts.accepts("localhost:80")).isTrue();
        assertThat(hosts.accepts("rebound.example")).isFalse();
    }
}
