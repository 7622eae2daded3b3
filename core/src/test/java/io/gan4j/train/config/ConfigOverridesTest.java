package io.gan4j.train.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigOverridesTest {
    @Test
    void leadingZerosOnTheCommandLineAreDecimal() {
        assertThat(ConfigLoader.preset("quadratic", List.of("seed=012")).seed()).isEqualTo(12);
    }

    @Test
    void aFloatWhereAnIntegerBelongsIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> ConfigLoader.preset("quadratic", List.of("train.iterations=12.7")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("train.iterations");
    }

    @Test
    void aLabelThatRoundsToOneHalfInFloatIsRejectedByItsKey() {
        assertThatThrownBy(() -> ConfigLoader.preset("quadratic", List.of("objective.realLabel=0.50000001")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("objective.realLabel");
    }

    @Test
    void listsAcceptCommaSeparatedValues() {
        assertThat(ConfigLoader.preset("quadratic", List.of("generator.hidden=64,32")).generator().hidden()).containsExactly(64, 32);
    }
}
