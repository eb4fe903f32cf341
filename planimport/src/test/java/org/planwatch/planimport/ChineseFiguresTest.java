package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures in Chinese numerals after a target's verb, in digits; the numerals of names left alone. */
class ChineseFiguresTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "全市经济总量迈上两万亿元台阶|全市经济总量迈上2万亿元",
                "地区生产总值力争迈上3万亿元新台阶|地区生产总值力争迈上3万亿元",
                "经济总量迈上两万亿元台阶、在全国城市位次前移|经济总量迈上2万亿元、在全国城市位次前移",
                "产业园产值超千亿元|产业园产值超1000亿元",
                "规上文化企业超千家|规上文化企业超1000家",
                "营业收入突破五百亿元|营业收入突破500亿元",
                // a class of size held or reached: its floor
                "固定资产投资要继续保持千亿级规模|固定资产投资要继续保持1000亿元以上",
                "数字经济迈上万亿级台阶，|数字经济迈上1万亿元以上，",
                // names keep their numerals
                "打造千亿级产业集群|打造千亿级产业集群",
                "加快形成产值超千亿元海上风电产业集群|加快形成产值超千亿元海上风电产业集群",
                "形成12个销售收入超百亿产业集群|形成12个销售收入超百亿产业集群",
                "打造设计师超千人的工业设计基地|打造设计师超千人的工业设计基地",
                "实施十年禁渔|实施十年禁渔",
            })
    void shouldWriteAFigureAfterAVerbInDigitsAndLeaveNamesAlone(String printed, String read) {
        assertThat(ChineseFigures.inDigits(printed)).isEqualTo(read);
    }
}
